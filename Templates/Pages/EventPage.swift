import AlmanacMarkup
import AlmanacModel

/// `events/<slug>/index.html`: everything known about one event.
public enum EventPage {
    /// `feedLinks`, when given, are the event's links to feeds, made once for every event of its type.
    public static func html(_ event: Event, in site: Site, feedLinks: NewsFeedLinks.EventLinks? = nil) -> HTML {
        let location = PageLocation.event(event)
        var head = PageHead(title: event.name, description: summary(event), image: event.image?.url)
        head.openGraphType = "article"
        let feeds = feedLinks ?? NewsFeedLinks.event(event, from: location, in: site)
        head.alternates = feeds.head
        let countdown = EventStatus.countdown(event.summary, now: site.config.now)
        if countdown != nil { head.scripts = ["countdown.js"] }
        let body: HTML = """
        <article class="event">
        \(header(event, at: location, countdown: countdown ?? ""))
        \(EventStatus.live(event, now: site.config.now))\
        \(event.image.map { Figure.html($0, alt: event.name) } ?? "")
        \(EventFacts.html(event, at: location))
        \(CalendarLinks.event(event, from: location, in: site))\
        \(event.description.map { Section.html(id: "about", title: "About", Paragraphs.html($0)) } ?? "")
        \(EventSections.webcasts(event))\(EventSections.infoLinks(event))\
        \(EventSections.agencies(event, at: location))\
        \(EventSections.programs(event, at: location))\(EventSections.launches(event))\
        \(EventSections.expeditions(event))\(EventSections.astronauts(event))\
        \(EventSections.updates(event))\(feeds.body)\(footer(event))
        </article>
        """
        return Layout.page(head, at: location, in: site, body: body)
    }

    /// One line for link previews: type, date and location.
    static func summary(_ event: Event) -> String {
        [event.type.name, event.dateText, event.location].compactMap { $0 }.joined(separator: " · ")
    }

    private static func header(_ event: Event, at location: PageLocation, countdown: HTML) -> HTML {
        """
        <header>
        <p class="kicker"><a href="\(location.link(PageLocation.type(event.type.slug).folder))">\(event.type.name)</a></p>
        <h1>\(event.name)</h1>
        <p class="when">\(TimeTag.eventDate(event.summary))</p>
        \(countdown)</header>
        """
    }

    private static func footer(_ event: Event) -> HTML {
        guard event.lastUpdated != nil || event.apiURL != nil else { return "" }
        var footer: HTML = "<footer class=\"event-footer\"><p>"
        if let updated = event.lastUpdated { footer.append("Last updated \(TimeTag.instant(updated)).") }
        if let api = event.apiURL {
            let separator: StaticString = event.lastUpdated == nil ? "" : " "
            footer.append("\(separator)<a href=\"\(api)\">This event on Launch Library 2</a>")
        }
        footer.append("</p></footer>")
        return footer
    }
}
