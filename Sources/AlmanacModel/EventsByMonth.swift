/// The site's events by month, placed as truthfully as their dates allow, for the month pages:
/// - second to day precision: on their day (UTC);
/// - week precision: in the week they start, and also in the next month when the week reaches into it;
/// - month precision and coarser: under the month of their date, never on a day ("NET December 2026");
/// - no date: on no month.
/// Built in one pass over the summaries; the current month (`config.now`) is always there, even empty.
public struct EventsByMonth: Sendable {
    /// One month's events, as indexes into `Site.events` in the site's order.
    public struct Month: Sendable, Hashable {
        /// By day of the month (1–31).
        public var days: [Int: [Int]] = [:]
        /// Events known to the week.
        public var weeks: [Int] = []
        /// Events known only to the month or more coarsely.
        public var whole: [Int] = []

        public init() {}

        /// How many entries the month shows.
        public var count: Int { days.values.reduce(0) { $0 + $1.count } + weeks.count + whole.count }
    }

    public private(set) var months: [CalendarMonth: Month] = [:]
    /// Every month with a page, oldest first.
    public private(set) var ordered: [CalendarMonth] = []
    /// The month of `config.now`.
    public let current: CalendarMonth
    /// Events with no date, which no month shows.
    public private(set) var undatedCount = 0

    public init(_ site: Site) {
        current = CalendarMonth(site.config.now.civilDate)
        for index in site.events.indices { place(site.events[index], at: index) }
        if months[current] == nil { months[current] = Month() }
        ordered = months.keys.sorted()
    }

    /// The months with pages just before and after `month`.
    public func neighbours(of month: CalendarMonth) -> (previous: CalendarMonth?, next: CalendarMonth?) {
        let position = ordered.partitionPoint { $0 < month }
        let after = position < ordered.count && ordered[position] == month ? position + 1 : position
        return (position > 0 ? ordered[position - 1] : nil, after < ordered.count ? ordered[after] : nil)
    }

    private mutating func place(_ event: EventSummary, at index: Int) {
        guard let date = event.date else { undatedCount += 1; return }
        let day = date.instant.civilDate
        let month = CalendarMonth(day)
        guard month.hasPage else { return }
        switch date.precision {
        case .week:
            months[month, default: Month()].weeks.append(index)
            let lastDay = CalendarMonth(day.adding(days: 6))
            if lastDay != month, lastDay.hasPage { months[lastDay, default: Month()].weeks.append(index) }
        case let precision where precision.isCoarserThanWeek:
            months[month, default: Month()].whole.append(index)
        default:
            months[month, default: Month()].days[day.day, default: []].append(index)
        }
    }
}

extension Array {
    /// The index of the first element for which `isBefore` is false, the array being partitioned.
    func partitionPoint(_ isBefore: (Element) -> Bool) -> Int {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if isBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
