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
        var rows: [HTML] = []
        for (week, days) in grid.weeks.enumerated() {
            let cells = days.map { day -> HTML in
                guard let day else { return "<td class=\"outside\"></td>\n" }
                return cell(day, events: month.days[day.day] ?? [], isToday: day == today, in: site, from: location)
            }
            rows.append("<tr>\n\(cells)</tr>\n")
            if let events = weekEvents[week] { rows.append(band(events, in: site, from: location)) }
        }
        let headers = MonthGrid.weekdayNames.map { name -> HTML in
            "<th scope=\"col\"><abbr title=\"\(name)\">\(String(name.prefix(3)))</abbr></th>"
        }
        return """
        <table class="month">
        <caption><span class="visually-hidden">\(grid.month.name): </span>Weeks start on Monday; days and times are in UTC.</caption>
        <thead><tr>\(headers)</tr></thead>
        <tbody>
        \(rows)</tbody>
        </table>
        """
    }

    private static func cell(_ day: CivilDate, events: [Int], isToday: Bool, in site: Site, from location: PageLocation) -> HTML {
        let classes = "day" + (events.isEmpty ? " empty" : "") + (isToday ? " today" : "")
        let current: HTML = isToday ? " aria-current=\"date\"" : ""
        let label: HTML = isToday ? " <span class=\"today-label\">Today</span>" : ""
        let weekday = String(MonthGrid.weekdayNames[MonthGrid.weekdayIndex(day)].prefix(3))
        let items = events.map { item(site.events[$0], when: dayTime(site.events[$0]), in: site, from: location) }
        let list: HTML = items.isEmpty ? "" : "\n<ul>\n\(items)</ul>"
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
