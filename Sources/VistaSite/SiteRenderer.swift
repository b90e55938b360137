import VistaContent
import VistaMarkdown

/// Renders every page of the site from the site graph: each page is a function of the graph and
/// the templates, so pages render in parallel.
struct SiteRenderer: Sendable {
    let graph: SiteGraph
    let templates: TemplateSet
    let markdown: MarkdownPipeline
    let navigation: Navigation
    /// The site's head links, header and footer, rendered once per place in the site (see `SiteChrome`).
    let chrome = SiteChrome()

    init(graph: SiteGraph, templates: TemplateSet) {
        self.graph = graph
        self.templates = templates
        markdown = MarkdownPipeline(graph: graph)
        navigation = Navigation(content: graph.content, words: graph.format.words)
    }

    /// What rendering one page gives.
    struct Output: Sendable {
        var file: OutputFile
        var diagnostics: [Diagnostic]
        /// What the page was made from (empty for files that are not pages).
        var dependencies: Set<Dependency> = []
        /// A deck's speaker notes by section (nil for every other file): for `vista serve`'s
        /// presenter view only, never written into the site.
        var notes: [Int: String]?
    }

    /// One page, whole: the page's template inside the layout.
    func render(_ kind: PageKind) -> Output {
        let state = PageState(route: kind.route)
        let components = Components(graph: graph, markdown: markdown)
        let embeds = EmbedRenderer(graph: graph, components: components, templates: templates)
        let page = PageBuilder(graph: graph, state: state, markdown: markdown, components: components, embeds: embeds,
                               templates: templates)
        var main = page.main(for: kind)
        if case .slides = kind {
            // A deck is a document of its own: its template sees the layout's variables and its own.
            let context = TemplateContext(layers: [layout(kind, main: main, body: "", route: state.route).model, main.model])
            return Output(file: .text(kind.file, templates.render(kind.template, context: context)), diagnostics: state.diagnostics,
                          dependencies: state.dependencies, notes: main.notes)
        }
        let body = templates.render(kind.template, main.model)
        // The model is let go before the layout renders: the dashboard's holds every card's HTML, and
        // the cards, the body and the whole page would otherwise be held at once (the build's peak memory).
        main.model = Rendered()
        let (layout, siteValues) = layout(kind, main: main, body: body, route: state.route)
        var frame = layout.page
        frame.linkNotes = state.linkNotes.addresses
        frame.hasLinkNotes = !state.linkNotes.addresses.isEmpty
        // The site's variables were read once for the page's place; only the frame's are read here.
        let html = templates.render("layout", context: TemplateContext(model: frame, over: siteValues))
        return Output(file: .text(kind.file, html), diagnostics: state.diagnostics, dependencies: state.dependencies)
    }

    /// What a page's model becomes once its HTML is rendered.
    private struct Rendered: TemplateModel {}

    /// What every page's layout gets: head, navigation, breadcrumbs, footer.
    private func layout(_ kind: PageKind, main: PageBuilder.Main, body: String, route: PageRoute) -> (model: LayoutModel, siteValues: [String: Any]) {
        let site = graph.content.site
        let isNotFound: Bool = { if case .notFound = kind { return true } else { return false } }()
        // The 404 page is served at any depth, so its links start from the base URL (its path, or the full
        // URL); every other page links relatively.
        let root = isNotFound ? (graph.hasFullBaseURL ? graph.baseURL : graph.basePath) : route.toRoot
        // The site's variables: the same for every page at the same place (depth and current navigation
        // item), made once per place with the pieces of the layout they make.
        let place = chrome.place(root + "\u{0}" + navigation.currentStates(section: kind.section, on: route).joined(separator: "\u{0}")) {
            let accent = site.theme.accent.flatMap(AccentColor.init(css:)) ?? AccentColor(css: "#1f6feb")!
            var variables = SiteVariables(
                lang: site.language, siteTitle: site.title,
                stylesheets: (["vista.css"] + templates.extraStylesheets).map { root + "assets/" + $0 }, root: root,
                deckStylesheets: (["vista.css", TemplateSet.slidesStylesheet] + templates.extraStylesheets).map { root + "assets/" + $0 },
                homeHref: root + PageRoute.home.file, changesHref: root + PageRoute.changes.file, feedHref: root + "feed.xml",
                nav: navigation.items(current: kind.section, on: route, root: root),
                organization: site.organization ?? "", author: site.author ?? "", year: graph.asOf.map { "\($0.firstDayYear)" } ?? "",
                accent: SiteVariables.Accent(css: site.theme.accent ?? accent.css, light: accent.lightText, dark: accent.darkText,
                                             chartLight: accent.lightChart, chartDark: accent.darkChart))
            if let logo = site.theme.logo { variables.logo = root + HTML.encodePath(logo.value) }
            if let asOf = graph.asOf { variables.asOf = graph.format.period(asOf) }
            return SiteChrome.Place(variables: variables, values: variables.templateValues,
                                    head: SiteChrome.dropNewline(templates.render("site-head", variables)),
                                    header: SiteChrome.dropNewline(templates.render("site-header", variables)),
                                    footer: SiteChrome.dropNewline(templates.render("site-footer", variables)))
        }
        // The page's own variables.
        var page = PageFrame(siteHead: place.head, siteHeader: place.header, siteFooter: place.footer)
        page.title = main.title
        page.fullTitle = main.title == site.title ? site.title : "\(main.title) · \(site.title)"
        page.description = main.description
        page.content = body
        page.pageClass = kind.template
        page.breadcrumbs = main.breadcrumbs.map { LinkItem(title: $0.title, href: root + $0.route.file) }
        page.hasBreadcrumbs = !main.breadcrumbs.isEmpty
        page.ogType = kind.template == "home" ? "website" : "article"
        if graph.hasFullBaseURL, !isNotFound {
            page.canonical = graph.publicURL(of: route)
            if let logo = site.theme.logo { page.ogImage = graph.publicURL(ofPath: logo.value) }
        }
        return (LayoutModel(site: place.variables, page: page), place.values)
    }
}

extension Period {
    /// The period as an HTML `datetime` value: days, months, weeks and years have one (`2026` is a
    /// valid year); quarters do not.
    var htmlDateTime: String? {
        switch granularity {
        case .day, .month, .week, .year: description
        case .quarter: nil
        }
    }

    /// The calendar year the period starts in.
    var firstDayYear: Int {
        switch kind {
        case .year(let y), .quarter(let y, _), .month(let y, _), .day(let y, _, _): y
        case .week(let y, _): y
        }
    }
}
