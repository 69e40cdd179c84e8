extension Site {
    /// The events among `indexes` that calendar feeds carry, in their order: those that have a
    /// calendar placement and are upcoming, or were within the past `calendar.pastDays` days.
    public func calendarFeedIndexes(_ indexes: [Int]) -> [Int] {
        let windowStart = config.now.adding(seconds: -Int64(config.calendar.pastDays) * 86_400)
        return indexes.filter { index in
            let event = events[index]
            return event.isUpcoming(at: windowStart) && event.calendarPlacement() != nil
        }
    }
}
