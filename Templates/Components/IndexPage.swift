import AlmanacMarkup
import AlmanacModel

/// The index of types, stations, agencies or programs: a title, a line on what it lists, and a table
/// with one row per item, its name first as the row's header (`empty` when there is no row).
struct IndexPage {
    var title: String
    var lede: String?
    var description: String
    var columns: [String]
    var empty: String

    func html(_ rows: [HTML], at location: PageLocation, in site: Site) -> HTML {
        let lede: HTML = self.lede.map { "\n<p class=\"lede\">\($0)</p>" } ?? ""
        let headers = columns.map { column -> HTML in "<th scope=\"col\">\(column)</th>" }
        let table: HTML = rows.isEmpty ? "<p class=\"empty\">\(empty)</p>" : """
        <table class="summary">
        <thead><tr>\(headers)</tr></thead>
        <tbody>
        \(rows)</tbody>
        </table>
        """
        var head = PageHead(title: title, description: description)
        head.alternates = SubscribeLinks.head(.home(site), from: location, in: site)
        return Layout.page(head, at: location, in: site, body: "<h1>\(title)</h1>\(lede)\n\(table)")
    }
}
