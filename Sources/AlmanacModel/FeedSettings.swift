/// How the iCalendar feeds are built.
public struct CalendarSettings: Sendable {
    /// Feeds hold every upcoming event plus the events of the past `pastDays` days.
    public var pastDays = 90
    /// How often calendar apps should refresh a subscription, in seconds.
    public var refreshSeconds = 3600
    /// The duration given to events the API gives none; nil makes them instants.
    public var defaultDuration: EventDuration?

    public init() {}
}

/// How the RSS, Atom and JSON feeds are built.
public struct NewsFeedSettings: Sendable {
    /// The most items a feed holds, newest first.
    public var itemLimit = 50
    /// How long readers may cache a feed, in minutes (RSS `ttl`).
    public var ttlMinutes = 60

    public init() {}
}
