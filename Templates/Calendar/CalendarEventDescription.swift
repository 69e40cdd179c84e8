import AlmanacMarkup
import AlmanacModel

/// The plain text of an event's `DESCRIPTION`: when, what, where to watch, and its page.
enum CalendarEventDescription {
    static func text(_ event: Event, page: WebURL) -> String {
        var text = ""
        text.reserveCapacity(128 + (event.description?.utf8.count ?? 0) + 160 * event.webcasts.count)
        text += "When: "
        text += event.dateText
        if let description = event.description {
            text += "\n\n"
            text += description
        }
        if !event.webcasts.isEmpty {
            text += "\n\nWatch:"
            for webcast in event.webcasts {
                text += "\n"
                text += webcast.label
                text += ": "
                text += webcast.url.string
            }
        }
        text += "\n\nEvent page: "
        text += page.string
        return text
    }
}
