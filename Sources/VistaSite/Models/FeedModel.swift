/// `feed` (`feed.xml`, Atom): one entry per snapshot and one per decision, newest first.
struct FeedModel: TemplateModel {
    var lang = ""
    var siteTitle = ""
    var author = ""
    var id = ""
    var updated = ""
    var selfHref = ""
    var homeHref = ""
    var entries: [Entry] = []

    /// A snapshot (`snapshot`) or a decision (`decisionEntry`).
    struct Entry: TemplateModel {
        var snapshot = false
        var decisionEntry = false
        var id = ""
        var updated = ""
        var href = ""
        var date = ""
        var note = ""
        /// The change list's HTML, escaped by `{{content}}`.
        var content = ""
        var proposalTitle = ""
        var decision = ""
        var by = ""
    }
}
