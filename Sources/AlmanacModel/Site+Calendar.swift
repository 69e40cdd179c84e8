extension Site {
    /// The events among `indexes` that calendar feeds carry, in their order: those that have a
    /// calendar placement and are upcoming, or were within the past `calendar.pastDays` days.
    public func calendarFeedIndexes(_ indexes: [Int]) -> [Int] {
        let windowStart = calendarWindowStart
        return indexes.filter { isInCalendarFeeds($0, windowStart: windowStart) }
    }

    /// True when the calendar feeds carry the event at `index`.
    public func isInCalendarFeeds(_ index: Int) -> Bool {
        isInCalendarFeeds(index, windowStart: calendarWindowStart)
    }

    private var calendarWindowStart: UTCTime {
        config.now.adding(seconds: -Int64(config.calendar.pastDays) * 86_400)
    }

    private func isInCalendarFeeds(_ index: Int, windowStart: UTCTime) -> Bool {
        events[index].isUpcoming(at: windowStart) && events[index].calendarPlacement() != nil
    }
}
