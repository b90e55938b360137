import VistaContent
import VistaSite

/// The diagnostics of a failed build, shown over the page in the browser: each as
/// `file:line:column`, the message and the hint, every text escaped.
enum ErrorOverlay {
    static func html(_ diagnostics: [Diagnostic], contentFolder: String, hasSite: Bool) -> String {
        let errors = diagnostics.filter(\.isError)
        var html = """
        <div id="vista-errors" role="alert" style="position:fixed;inset:0 0 auto 0;max-height:70vh;overflow:auto;z-index:2147483647;\
        background:#fff5f5;color:#3b0d0c;border-bottom:4px solid #c62828;box-shadow:0 4px 16px rgba(0,0,0,.25);\
        font:15px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;padding:16px 20px">
        <p style="margin:0 0 8px;font-weight:700;font-size:17px">Vista could not build the site: \(errors.count) error\(errors.count == 1 ? "" : "s")</p>
        <p style="margin:0 0 12px">\(hasSite ? "The page below is from the last good build. " : "")Fix the file\(errors.count == 1 ? "" : "s") and save; this page reloads by itself.</p>
        <ol style="margin:0;padding-left:22px">

        """
        for diagnostic in errors {
            let location = diagnostic.location
            var path = location.file
            let folder = contentFolder.hasSuffix("/") ? String(contentFolder.dropLast()) : contentFolder
            if !folder.isEmpty, folder != "." { path = path.isEmpty ? folder : folder + "/" + path }
            let place = location.hasLine ? "\(path):\(location.line):\(location.column)" : path
            html += "<li style=\"margin:0 0 8px\"><code style=\"font:600 14px ui-monospace,Menlo,Consolas,monospace\">\(HTML.escape(place))</code> "
            html += "<span>\(HTML.escape(diagnostic.message))</span>"
            if let hint = diagnostic.hint {
                html += "<br><span style=\"color:#6b2a28\">hint: \(HTML.escape(hint))</span>"
            }
            html += "</li>\n"
        }
        html += "</ol>\n</div>\n"
        return html
    }

    /// The whole page served while no build has succeeded yet.
    static func page(_ diagnostics: [Diagnostic], contentFolder: String, generation: Int) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Build failed · Vista</title>
        </head>
        <body style="margin:0;background:#fafafa">
        \(html(diagnostics, contentFolder: contentFolder, hasSite: false))\(LiveReload.script(generation: generation))</body>
        </html>

        """
    }
}
