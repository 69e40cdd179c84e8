import AlmanacMarkup
import AlmanacModel

/// `calendar/<yyyy>/<mm>/index.html`: one month as a grid, and `calendar/index.html`, which shows
/// the month of `--now` (a static site cannot redirect by the reader's clock) and every month.
public enum MonthPage {
    /// The page of `month`, at its own folder.
    public static func html(_ month: CalendarMonth, in months: EventsByMonth, site: Site) -> HTML {
        let location = PageLocation.month(month)
        let body = grid(month, in: months, site: site, from: location)
        return page(title: month.name, description: "Spaceflight events in \(month.name), day by day.",
                    body: body, at: location, in: site)
    }

    /// `calendar/index.html`: this month's grid, then every month with events.
    public static func index(_ months: EventsByMonth, site: Site) -> HTML {
        let location = PageLocation.calendar
        let body = grid(months.current, in: months, site: site, from: location)
            + Section.html(id: "months", title: "Every month", MonthArchive.html(months, from: location))
            + SubscribeLinks.section(.home(site), from: location, in: site)
        return page(title: "Calendar", description: "Spaceflight events month by month, from this month on.",
                    body: body, at: location, in: site)
    }

    private static func page(title: String, description: String, body: HTML, at location: PageLocation, in site: Site) -> HTML {
        var head = PageHead(title: title, description: description)
        head.alternates = SubscribeLinks.head(.home(site), from: location, in: site)
        return Layout.page(head, at: location, in: site, body: body)
    }

    private static func grid(_ month: CalendarMonth, in months: EventsByMonth, site: Site, from location: PageLocation) -> HTML {
        let events = months.months[month] ?? EventsByMonth.Month()
        let count: HTML = events.count == 0 ? "No events are known this month."
            : events.count == 1 ? "1 event this month." : "\(events.count) events this month."
        let whole = events.whole.isEmpty ? HTML() : Section.html(id: "month-only", title: "Day not yet known",
            "<p>Known only to the month or more coarsely, so on no day of the grid.</p>\n"
                + EventList.list(events.whole, in: site, from: location, empty: ""))
        return """
        \(navigation(month, in: months, from: location))
        <h1>\(month.name)</h1>
        <p class="lede">\(count)</p>
        \(MonthTable.html(events, grid: MonthGrid(month), in: site, from: location))
        \(whole)
        """
    }

    private static func navigation(_ month: CalendarMonth, in months: EventsByMonth, from location: PageLocation) -> HTML {
        let (previous, next) = months.neighbours(of: month)
        let back: HTML = previous.map { "<a rel=\"prev\" href=\"\(location.link(PageLocation.month($0).folder))\">← \($0.name)</a>" }
            ?? "<span></span>"
        let forward: HTML = next.map { "<a rel=\"next\" href=\"\(location.link(PageLocation.month($0).folder))\">\($0.name) →</a>" }
            ?? "<span></span>"
        let all: HTML = location == .calendar ? "<a href=\"#months\">Every month</a>"
            : "<a href=\"\(location.link(PageLocation.calendar.folder))#months\">Every month</a>"
        return "<nav class=\"month-nav\" aria-label=\"Months\">\(back) \(all) \(forward)</nav>"
    }
}
