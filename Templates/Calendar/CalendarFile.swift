import AlmanacModel

/// Where the iCalendar files live in the site.
public enum CalendarFile {
    /// `calendar.ics` in the scope's folder: `calendar.ics`, `types/<slug>/calendar.ics`…
    public static func feedPath(_ scope: FeedScope) -> String { scope.folder + "calendar.ics" }

    /// `events/<slug>/event.ics`.
    public static func eventPath(_ event: EventSummary) -> String { PageLocation.event(event).folder + "event.ics" }
}
