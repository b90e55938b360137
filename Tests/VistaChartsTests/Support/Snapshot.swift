import Foundation
import Testing
import VistaTestSupport

/// The chart tests' golden files, in `Snapshots/` beside them, with every element on a line of its
/// own so that a change reads in a diff.
enum ChartSnapshot {
    static let folder = Snapshot.folder(beside: #filePath, levelsUp: 2)

    /// Compares chart markup with the golden file `name`.
    static func check(_ markup: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        Snapshot.check(Snapshot.oneElementPerLine(markup), named: name, in: folder, sourceLocation: sourceLocation)
    }
}
