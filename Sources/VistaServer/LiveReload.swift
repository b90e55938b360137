import Foundation
import VistaContent
import VistaSite

/// The additions to every HTML page that the dev server sends, and only the dev server: a small
/// script that reloads the page when the site is rebuilt (server-sent events), and the error
/// overlay when the last build failed. The built files on disk never contain either.
enum LiveReload {
    /// The reserved path of the event stream; no content file can have it (ids have no `_`).
    static let eventsPath = "/__vista/events"

    /// The page with the script (and the overlay, when there are errors) put before `</body>`.
    static func inject(into page: String, generation: Int, errors: [Diagnostic], contentFolder: String) -> String {
        var addition = ""
        if !errors.isEmpty { addition += ErrorOverlay.html(errors, contentFolder: contentFolder, hasSite: true) }
        addition += script(generation: generation)
        guard let end = page.range(of: "</body>", options: [.caseInsensitive, .backwards]) else { return page + addition }
        var result = page
        result.insert(contentsOf: addition, at: end.lowerBound)
        return result
    }

    /// The reload script: it knows the generation it was served with; when the server says
    /// another one (on connect, or when a build finishes), the page reloads. EventSource
    /// reconnects on its own when the server restarts.
    static func script(generation: Int) -> String {
        """
        <script>
        (function () {
          if (!window.EventSource) return;
          var served = \(generation);
          var events = new EventSource("\(eventsPath)");
          events.addEventListener("build", function (event) {
            if (Number(event.data) !== served) { events.close(); location.reload(); }
          });
        })();
        </script>

        """
    }
}
