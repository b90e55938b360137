/// `layout`: the page frame around a page's own HTML.
struct LayoutModel: TemplateModel {
    @Inline var site = SiteVariables()
    @Inline var page = PageFrame()
}

/// The layout's variables that change from page to page (the site's are read once per place in the
/// site, see `SiteChrome`).
struct PageFrame: TemplateModel {
    var title = ""
    /// `title · site title`, for `<title>`.
    var fullTitle = ""
    var description = ""
    /// The page's own HTML.
    var content = ""
    /// The page's template name, for `<body class>`.
    var pageClass = ""
    var breadcrumbs: [LinkItem] = []
    var hasBreadcrumbs = false
    /// "website" for the home page, "article" otherwise.
    var ogType = ""
    var canonical = ""
    var ogImage = ""
    var linkNotes: [String] = []
    var hasLinkNotes = false
    /// The HTML of `site-head`, `site-header` and `site-footer` at the page's place.
    var siteHead = ""
    var siteHeader = ""
    var siteFooter = ""
}

/// The layout's site variables: the same on every page at the same place in the site, and all
/// that `site-head`, `site-header` and `site-footer` see.
struct SiteVariables: TemplateModel {
    var lang = ""
    var siteTitle = ""
    var stylesheets: [String] = []
    var root = ""
    var deckStylesheets: [String] = []
    var homeHref = ""
    var changesHref = ""
    var feedHref = ""
    var nav: [NavItem] = []
    var organization = ""
    var author = ""
    var year = ""
    var accent = Accent()
    var logo = ""
    var asOf = ""

    /// The accent and its readable variants.
    struct Accent: TemplateModel {
        var css = ""
        var light = ""
        var dark = ""
        var chartLight = ""
        var chartDark = ""
    }

    /// An item of the main navigation.
    struct NavItem: TemplateModel {
        var title = ""
        var href = ""
        /// "page" on the page itself, "true" inside its section.
        var current = ""
    }
}
