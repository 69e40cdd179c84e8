import AlmanacMarkup
import AlmanacModel

/// `index.html`: what is coming up, soonest first, and what just happened.
public enum HomePage {
    /// How many events each list shows; type and station pages list them all.
    public static let upcomingLimit = 60
    public static let recentLimit = 20

    public static func html(_ site: Site) -> HTML {
        let location = PageLocation.home
        let upcoming = site.upcoming(site.allIndexes)
        let recent = site.past(site.allIndexes)
        let scope = FeedScope.home(site)
        var head = PageHead(title: site.config.title,
                            description: "Upcoming spaceflight events: dockings, spacewalks, landings, static fires and more.")
        head.alternates = SubscribeLinks.head(scope, from: location, in: site)
        let body: HTML = """
        <h1>\(site.config.title)</h1>
        <p class="lede">Spaceflight events from Launch Library 2: \(site.events.count) events of \
        \(site.types.count) types, \(upcoming.count) coming up.</p>
        \(Section.html(id: "upcoming", title: "Coming up",
                       EventList.list(Array(upcoming.prefix(upcomingLimit)), in: site, from: location,
                                      empty: "No upcoming events are known.")
                       + more(upcoming.count, limit: upcomingLimit)))\
        \(Section.html(id: "recent", title: "Recently",
                       EventList.list(Array(recent.prefix(recentLimit)), in: site, from: location,
                                      empty: "No past events are known.")))\
        \(SubscribeLinks.section(scope, from: location, in: site))\
        \(Section.html(id: "browse", title: "Browse", browse(site, from: location)))
        """
        return Layout.page(head, at: location, in: site, body: body)
    }

    private static func more(_ count: Int, limit: Int) -> HTML {
        guard count > limit else { return "" }
        return "\n<p>The next \(limit) of \(count) upcoming events. Every event is listed on its type’s page.</p>"
    }

    private static func browse(_ site: Site, from location: PageLocation) -> HTML {
        let types = site.types.map { type -> HTML in
            "<a href=\"\(location.link(PageLocation.type(type.slug).folder))\">\(type.name)</a> <span class=\"count\">\(type.eventIndexes.count)</span>"
        }
        let stations = site.stations.map { station -> HTML in
            "<a href=\"\(location.link(PageLocation.station(station.slug).folder))\">\(station.name)</a> <span class=\"count\">\(station.eventIndexes.count)</span>"
        }
        return """
        <div class="browse">
        <div><h3>Event types</h3>
        \(Section.list(types, className: "inline-list"))</div>
        <div><h3>Space stations</h3>
        \(stations.isEmpty ? "<p class=\"empty\">No space stations in the data.</p>" : Section.list(stations, className: "inline-list"))</div>
        </div>
        """
    }
}
