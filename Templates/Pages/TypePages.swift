import AlmanacMarkup
import AlmanacModel

/// `types/index.html` and `types/<slug>/index.html`.
public enum TypePages {
    public static func index(_ site: Site) -> HTML {
        let location = PageLocation.types
        let rows = site.types.map { type -> HTML in
            let upcoming = site.upcoming(type.eventIndexes).count
            return """
            <tr><th scope="row"><a href="\(location.link(PageLocation.type(type.slug).folder))">\(type.name)</a></th>\
            <td>\(upcoming)</td><td>\(type.eventIndexes.count)</td></tr>

            """
        }
        return IndexPage(title: "Event types", description: "Every kind of spaceflight event, with its events.",
                         columns: ["Type", "Upcoming", "All events"], empty: "No events in the data.")
            .html(rows, at: location, in: site)
    }

    public static func page(_ type: EventType, in site: Site) -> HTML {
        let location = PageLocation.type(type.slug)
        let scope = FeedScope.type(site, type)
        let body: HTML = """
        <h1>\(type.name)</h1>
        \(EventSplit.html(type.eventIndexes, in: site, from: location, showType: false))\
        \(SubscribeLinks.section(scope, from: location, in: site))
        """
        var head = PageHead(title: type.name, description: "\(type.name) events, upcoming and past.")
        head.alternates = SubscribeLinks.head(scope, from: location, in: site)
        return Layout.page(head, at: location, in: site, body: body)
    }
}

/// Upcoming and past events of a type or station, as two sections.
enum EventSplit {
    static func html(_ indexes: [Int], in site: Site, from location: PageLocation, showType: Bool) -> HTML {
        let upcoming = EventList.list(site.upcoming(indexes), in: site, from: location, showType: showType,
                                      empty: "No upcoming events are known.")
        let past = EventList.list(site.past(indexes), in: site, from: location, showType: showType,
                                  empty: "No past events are known.")
        return Section.html(id: "upcoming", title: "Upcoming", upcoming) + Section.html(id: "past", title: "Past", past)
    }
}
