/// A link to a page by its title: a proposal a task page lists, a breadcrumb, a merged task.
struct LinkItem: TemplateModel {
    var title = ""
    var href = ""
}
