import AlmanacMarkup
import AlmanacModel

/// A month as an accessible table: a caption, one column per weekday (Monday first), one row per
/// week. Each day lists its events with their times in UTC; events known to the week follow their
/// week's row. Today (`config.now`) is marked with `aria-current="date"`.
enum MonthTable {
    static func html(_ month: EventsByMonth.Month, grid: MonthGrid, in site: Site, from location: PageLocation) -> HTML {
        let today = site.config.now.civilDate
        let weekEvents = Dictionary(grouping: month.weeks) { index in
            grid.week(of: site.events[index].date?.instant.civilDate ?? grid.gridStart)
        }
        var rows = HTML()
        for (week, days) in grid.weeks.enumerated() {
            rows.append(Parts.rowStart)
            for day in days {
                guard let day else { rows.append(Parts.outside); continue }
                rows.append(cell(day, events: month.days[day.day] ?? [], isToday: day == today, in: site, from: location))
            }
            rows.append(Parts.rowEnd)
            if let events = weekEvents[week] { rows.append(band(events, in: site, from: location)) }
        }
        return """
        <table class="month">
        <caption><span class="visually-hidden">\(grid.month.name): </span>Weeks start on Monday; days and times are in UTC.</caption>
        <thead><tr>\(Parts.headers)</tr></thead>
        <tbody>
        \(rows)</tbody>
        </table>
        """
    }

    private static func cell(_ day: CivilDate, events: [Int], isToday: Bool, in site: Site, from location: PageLocation) -> HTML {
        let classes = Parts.classes[(events.isEmpty ? 1 : 0) + (isToday ? 2 : 0)]
        let current = isToday ? Parts.current : HTML()
        let label = isToday ? Parts.todayLabel : HTML()
        let weekday = Parts.weekdays[MonthGrid.weekdayIndex(day)]
        var list = HTML()
        if !events.isEmpty {
            list.append(Parts.listStart)
            for index in events { list.append(item(site.events[index], when: dayTime(site.events[index]), in: site, from: location)) }
            list.append(Parts.listEnd)
        }
        return """
        <td class="\(classes)"\(current)><time class="day-number" datetime="\(day.iso8601)">\
        <span class="weekday">\(weekday) </span>\(day.day)<span class="weekday"> \(day.monthName)</span></time>\(label)\(list)</td>

        """
    }

    private static func band(_ events: [Int], in site: Site, from location: PageLocation) -> HTML {
        let items = events.map { index -> HTML in
            let start = site.events[index].date?.instant.civilDate ?? CivilDate(year: 1970, month: 1, day: 1)
            return item(site.events[index], when: "<time datetime=\"\(start.iso8601)\">Week of \(start.day) \(start.monthName)</time>",
                        in: site, from: location)
        }
        return "<tr class=\"week-band\"><td colspan=\"7\"><ul>\n\(items)</ul></td></tr>\n"
    }

    private static func item(_ event: EventSummary, when: HTML?, in site: Site, from location: PageLocation) -> HTML {
        let when: HTML = when.map { "<span class=\"time\">\($0)</span> " } ?? ""
        let live: HTML = event.isLive(at: site.config.now) ? " <span class=\"badge live\">Live</span>" : ""
        return "<li>\(when)<a href=\"\(location.link(PageLocation.event(event).folder))\">\(event.name)</a>\(live)</li>\n"
    }

    /// The fixed pieces of the table, made once rather than once per cell.
    private enum Parts {
        static let rowStart: HTML = "<tr>\n"
        static let rowEnd: HTML = "</tr>\n"
        static let outside: HTML = "<td class=\"outside\"></td>\n"
        static let listStart: HTML = "\n<ul>\n"
        static let listEnd: HTML = "</ul>"
        static let current: HTML = " aria-current=\"date\""
        static let todayLabel: HTML = " <span class=\"today-label\">Today</span>"
        /// By `(empty ? 1 : 0) + (today ? 2 : 0)`.
        static let classes: [HTML] = ["day", "day empty", "day today", "day empty today"]
        static let weekdays = MonthGrid.weekdayNames.map { String($0.prefix(3)) }
        static let headers: HTML = MonthGrid.weekdayNames.map { name -> HTML in
            "<th scope=\"col\"><abbr title=\"\(name)\">\(String(name.prefix(3)))</abbr></th>"
        }.joined()
    }

    /// The time within its day, as precisely as it is known: `12:38`, `NET 14:00`, `Morning`; nil
    /// for a day-precision date.
    static func dayTime(_ event: EventSummary) -> HTML? {
        guard let date = event.date else { return nil }
        let machine = date.machineText
        switch date.precision {
        case .second, .minute: return "<time datetime=\"\(machine)\">\(date.instant.hourMinute)</time>"
        case .hour: return "NET <time datetime=\"\(machine)\">\(date.instant.hourMinute)</time>"
        case .morning: return "Morning"
        case .afternoon: return "Afternoon"
        default: return nil
        }
    }
}
