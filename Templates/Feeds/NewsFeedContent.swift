import AlmanacMarkup
import AlmanacModel

/// An event as HTML for feed readers: when and where, its image, its description and where to
/// watch it. Every link is absolute (readers resolve relative ones unreliably) and a checked http(s)
/// URL; the feeds then escape this HTML as text.
enum NewsFeedContent {
    static func html(_ event: Event) -> HTML {
        var blocks: [HTML] = [facts(event)]
        if let image = event.image { blocks.append(Figure.html(image, alt: event.name) + "\n") }
        if let description = event.description { blocks.append(Paragraphs.html(description)) }
        if !event.webcasts.isEmpty { blocks.append(webcasts(event.webcasts)) }
        return blocks.joined()
    }

    private static func facts(_ event: Event) -> HTML {
        var when: HTML = "<strong>When:</strong> \(event.dateText)"
        if let duration = event.duration, duration.seconds > 0 { when.append(" (\(duration.text))") }
        guard let place = event.location else { return "<p>\(when)</p>\n" }
        return "<p>\(when)<br>\n<strong>Where:</strong> \(place)</p>\n"
    }

    private static func webcasts(_ webcasts: [Webcast]) -> HTML {
        let links = webcasts.map { webcast -> HTML in "<a href=\"\(webcast.url)\">\(webcast.label)</a>" }
        return "<p><strong>Watch:</strong> \(links.joined(separator: " · "))</p>\n"
    }
}
