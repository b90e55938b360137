import VistaContent
import VistaMarkdown
import VistaCharts
import Mustache

/// Builds a content folder into a site folder.
public struct SiteBuilder: Sendable {
    public init() {}
}
