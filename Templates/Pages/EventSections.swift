import AlmanacMarkup
import AlmanacModel

/// The optional sections of an event page; each is empty markup when the event has nothing for it.
enum EventSections {
    static func webcasts(_ event: Event) -> HTML {
        let items = event.webcasts.map { webcast -> HTML in
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

    static func agencies(_ event: Event) -> HTML {
        let items = event.agencies.map { agency -> HTML in
            let abbreviation = agency.abbreviation.map { " (\($0))" } ?? ""
            let kind: HTML = agency.kind.map { " <span class=\"meta\">\($0)</span>" } ?? ""
            return "\(agency.name)\(abbreviation)\(kind)"
        }
        return titled("agencies", "Agencies", items)
    }

    static func programs(_ event: Event) -> HTML {
        let items = event.programs.map { program -> HTML in
            guard let url = program.infoURL ?? program.wikiURL else { return "\(program.name)" }
            return "<a href=\"\(url)\">\(program.name)</a>"
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
            var parts: [HTML] = []
            if let time = update.createdOn { parts.append(TimeTag.instant(time)) }
            if let author = update.author { parts.append("by \(author)") }
            if let url = update.sourceURL { parts.append("<a href=\"\(url)\">source</a>") }
            let comment: HTML = update.comment.map { "<p>\($0)</p>" } ?? ""
            return "\(comment)<p class=\"meta\">\(parts.joined(separator: " · "))</p>"
        }
        return titled("updates", "Update history", items)
    }

    private static func titled(_ id: String, _ title: String, _ items: [HTML]) -> HTML {
        guard !items.isEmpty else { return "" }
        return Section.html(id: id, title: title, Section.list(items))
    }
}
