import VistaContent

/// The files besides the pages: metric CSVs, the sitemap, stylesheets and the author's assets.
enum SiteExtras {
    /// Each metric's data as CSV: the first column as written, then one column per series.
    static func csv(for metric: Metric) -> String {
        var text = ([metric.data.axisName] + metric.data.series.map(\.key)).map(csvField).joined(separator: ",") + "\r\n"
        let labels = metric.data.axis.labels
        for (row, label) in labels.enumerated() {
            let values = metric.data.series.map { series in series.values[row].map(NumberText.format) ?? "" }
            text += ([csvField(label)] + values).joined(separator: ",") + "\r\n"
        }
        return text
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `sitemap.xml`: full URLs when the base URL is a full URL, paths from the server root otherwise.
    static func sitemap(routes: [PageRoute], graph: SiteGraph) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        xml.reserveCapacity(xml.utf8.count + routes.count * 64)
        for route in routes.sorted() {
            xml += "  <url><loc>\(HTML.escape(graph.publicURL(of: route)))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
