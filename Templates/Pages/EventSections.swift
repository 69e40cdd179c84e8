import AlmanacMarkup
import AlmanacModel

/// The optional sections of an event page; each is empty markup when the event has nothing for it.
enum EventSections {
    /// Live webcasts first, then the others in the API's order of priority.
    static func webcasts(_ event: Event) -> HTML {
        let ordered = event.webcasts.filter(\.isLive) + event.webcasts.filter { !$0.isLive }
        let items = ordered.map { webcast -> HTML in
            var meta: [String] = []
            if let publisher = webcast.publisher, publisher != webcast.label { meta.append(publisher) }
            if let kind = webcast.kind { meta.append(kind) }
            if let language = webcast.language { meta.append(language) }
            let live: HTML = webcast.isLive ? " <span class=\"badge live\">Live</span>" : ""
            let details: HTML = meta.isEmpty ? "" : " <span class=\"meta\">\(meta.joined(separator: " · "))</span>"
            return "<a href=\"\(webcast.url)\">\(webcast.label)</a>\(live)\(details)"
        }
        return titled("webcasts", "Watch", items)
    }

    static func infoLinks(_ event: Event) -> HTML {
        let items = event.infoLinks.map { link -> HTML in
            let source: HTML = link.source.map { " <span class=\"meta\">\($0)</span>" } ?? ""
            return "<a href=\"\(link.url)\">\(link.label)</a>\(source)"
        }
        return titled("links", "More information", items)
    }

    /// Each agency links to its page on this site.
    static func agencies(_ event: Event, at location: PageLocation) -> HTML {
        let items = event.agencies.map { agency -> HTML in
            let abbreviation = agency.abbreviation.map { " (\($0))" } ?? ""
            let kind: HTML = agency.kind.map { " <span class=\"meta\">\($0)</span>" } ?? ""
            guard let slug = event.summary.agencies.first(where: { $0.id.rawValue == agency.id })?.slug else {
                return "\(agency.name)\(abbreviation)\(kind)"
            }
            return "<a href=\"\(location.link(PageLocation.agency(slug).folder))\">\(agency.name)\(abbreviation)</a>\(kind)"
        }
        return titled("agencies", "Agencies", items)
    }

    /// Each program links to its page on this site.
    static func programs(_ event: Event, at location: PageLocation) -> HTML {
        let items = event.programs.map { program -> HTML in
            let kind: HTML = program.kind.map { " <span class=\"meta\">\($0)</span>" } ?? ""
            guard let slug = event.summary.programs.first(where: { $0.id.rawValue == program.id })?.slug else {
                return "\(program.name)\(kind)"
            }
            return "<a href=\"\(location.link(PageLocation.program(slug).folder))\">\(program.name)</a>\(kind)"
        }
        return titled("programs", "Programs", items)
    }

    static func launches(_ event: Event) -> HTML {
        let items = event.launches.map { launch -> HTML in
            let details = [launch.status, launch.provider, launch.pad].compactMap { $0 }
            let net: HTML = launch.net.map { " · NET \(TimeTag.instant($0))" } ?? ""
            let meta: HTML = details.isEmpty && launch.net == nil ? ""
                : " <span class=\"meta\">\(details.joined(separator: " · "))\(net)</span>"
            return "\(launch.name)\(meta)"
        }
        return titled("launches", "Launches", items)
    }

    static func expeditions(_ event: Event) -> HTML {
        let items = event.expeditions.map { expedition -> HTML in
            let span: HTML = expedition.start.map { start in
                " <span class=\"meta\">\(TimeTag.day(start)) – \(expedition.end.map(TimeTag.day) ?? "ongoing")</span>"
            } ?? ""
            return "\(expedition.name)\(span)"
        }
        return titled("expeditions", "Expeditions", items)
    }

    static func astronauts(_ event: Event) -> HTML {
        let items = event.astronauts.map { astronaut -> HTML in
            let meta = [astronaut.agency, astronaut.status].compactMap { $0 }
            let details: HTML = meta.isEmpty ? "" : " <span class=\"meta\">\(meta.joined(separator: " · "))</span>"
            return "\(astronaut.name)\(details)"
        }
        return titled("astronauts", "Astronauts", items)
    }

    static func updates(_ event: Event) -> HTML {
        let items = event.updates.map { update -> HTML in
            var item: HTML = update.comment.map { "<p>\($0)</p><p class=\"meta\">" } ?? "<p class=\"meta\">"
            var separator: StaticString = ""
            if let time = update.createdOn {
                item.append(TimeTag.instant(time))
                separator = " · "
            }
            if let author = update.author {
                item.append("\(separator)by \(author)")
                separator = " · "
            }
            if let url = update.sourceURL { item.append("\(separator)<a href=\"\(url)\">source</a>") }
            item.append("</p>")
            return item
        }
        return titled("updates", "Update history", items)
    }

    private static func titled(_ id: String, _ title: String, _ items: [HTML]) -> HTML {
        guard !items.isEmpty else { return "" }
        return Section.html(id: id, title: title, Section.list(items))
    }
}
