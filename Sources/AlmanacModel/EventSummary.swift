import AlmanacMarkup

/// What lists, feeds and calendars need to know of an event to choose and order it: small enough to
/// keep for every event at once. A page's full `Event` is this with the event's `EventDetails`, kept
/// from decoding or, for inputs too large to keep, read again from the input.
public struct EventSummary: Sendable, Hashable, Identifiable {
    public var id: EventID
    public var slug: Slug
    public var name: String
    public var type: EventTypeRef
    /// Nil when the API does not know the date yet.
    public var date: EventDate?
    public var duration: EventDuration?
    public var location: String?
    public var stations: [StationRef] = []
    public var agencies: [AgencyRef] = []
    public var programs: [ProgramRef] = []
    public var lastUpdated: UTCTime?
    /// When the event was first published: the earliest dated update, else its last update.
    public var firstPublished: UTCTime?
    public var isWebcastLive = false

    public init(id: EventID, slug: Slug, name: String, type: EventTypeRef) {
        self.id = id
        self.slug = slug
        self.name = name
        self.type = type
    }

    /// When the event ends: its date plus its duration, for timed dates with a non-negative duration.
    public var end: UTCTime? {
        guard let date, date.precision.isTimed, let duration, duration.seconds >= 0 else { return nil }
        return date.instant.adding(seconds: duration.seconds)
    }

    /// True while the event may still happen or is happening at `now`; events with no date are
    /// upcoming.
    public func isUpcoming(at now: UTCTime) -> Bool {
        guard let date else { return true }
        return max(end ?? date.instant, date.periodEnd) > now
    }

    /// True when the API says a webcast is live and the event is happening around `now` (within a
    /// day of its timed date and not over): a stale flag in an archive never shows as "Live".
    public func isLive(at now: UTCTime) -> Bool {
        guard isWebcastLive, let date, date.precision.isTimed else { return false }
        let window: Int64 = 86_400
        return abs(date.instant.secondsSince1970 - now.secondsSince1970) <= window && isUpcoming(at: now)
            || (end.map { date.instant <= now && now <= $0 } ?? false)
    }

    /// The date as a reader sees it, or "Date not yet known".
    public var dateText: String { date?.text ?? "Date not yet known" }
}
