import AlmanacMarkup
import AlmanacModel

/// What an event page says about the event's moment: a countdown while it is ahead, a banner with
/// the webcast while it is live.
enum EventStatus {
    /// A countdown to an event ahead of `now` whose time is known to the hour or better, filled in
    /// and shown by `countdown.js`; the date above it stays the fallback. Nil otherwise.
    static func countdown(_ event: EventSummary, now: UTCTime) -> HTML? {
        guard let date = event.date, date.precision.isTimed, date.instant > now else { return nil }
        let lead = date.precision == .hour ? "Earliest start in" : "Starts in"
        let done = date.precision == .hour ? "The earliest start time has come." : "The scheduled time has come."
        return """
        <p class="countdown" data-countdown="\(date.instant.iso8601)" data-done="\(done)" hidden>\(lead) \
        <span class="countdown-value" role="timer">\(date.text)</span></p>

        """
    }

    /// A banner for an event whose webcast is live at `now`, its live webcast first; nil otherwise.
    static func live(_ event: Event, now: UTCTime) -> HTML {
        guard event.isLive(at: now) else { return "" }
        guard let webcast = event.webcasts.first(where: \.isLive) ?? event.webcasts.first else {
            return "<p class=\"live-now\"><span class=\"badge live\">Live</span> A webcast of this event is live now.</p>\n"
        }
        return """
        <p class="live-now"><span class="badge live">Live</span> <a href="\(webcast.url)">Watch live: \(webcast.label)</a></p>

        """
    }
}
