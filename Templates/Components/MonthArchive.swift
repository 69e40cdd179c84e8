import AlmanacMarkup
import AlmanacModel

/// Every month that has a page, by year, with how many events each shows; and how many events
/// have no date at all.
enum MonthArchive {
    static func html(_ months: EventsByMonth, from location: PageLocation) -> HTML {
        let years = Dictionary(grouping: months.ordered, by: \.year)
        let blocks = years.keys.sorted(by: >).map { year -> HTML in
            let items = years[year]!.map { month -> HTML in
                let count = months.months[month]?.count ?? 0
                return "<a href=\"\(location.link(PageLocation.month(month).folder))\">\(month.firstDay.monthName)</a> <span class=\"count\">\(count)</span>"
            }
            return "<div><h3>\(year)</h3>\n\(Section.list(items, className: "inline-list"))</div>\n"
        }
        let undated: HTML = switch months.undatedCount {
        case 0: ""
        case 1: "<p class=\"meta\">1 event has no date yet; its type’s page lists it.</p>\n"
        case let count: "<p class=\"meta\">\(count) events have no date yet; their types’ pages list them.</p>\n"
        }
        return "<div class=\"archive\">\n\(blocks)</div>\n\(undated)"
    }
}
