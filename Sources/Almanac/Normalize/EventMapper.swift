import AlmanacMarkup
import AlmanacModel

/// Turns one decoded event into the view model, all but what depends on the other events (its
/// slug, and the slugs of its type and stations: see `EventNormalizer`). Links that are not http(s)
/// are dropped with a warning; a duration that cannot be used is ignored with a warning.
struct EventMapper {
    private(set) var warnings: [String] = []
    /// Links of the event being mapped that were not http(s): reported once per event.
    private var droppedLinks: [String] = []
    private var agencies = MappingMemo<APIAgency, Agency>()
    private var programs = MappingMemo<APIProgram, Program>()
    /// Links checked before: events repeat the same image, license and source links.
    private var checkedLinks: [String: WebURL?] = [:]

    /// Stands for the slugs normalization assigns.
    static let pendingSlug = Slug(validating: "pending")!

    /// The event; `warnings` then hold what was noticed about it (a mapper maps many events in
    /// turn, reusing the agencies and programs they repeat).
    mutating func event(_ api: APIEvent) -> Event {
        warnings.removeAll()
        let type = EventTypeRef(id: api.typeID, name: api.typeName, slug: EventMapper.pendingSlug)
        var event = Event(id: EventID(api.id), slug: EventMapper.pendingSlug, name: api.displayName, type: type)
        event.date = api.date.map { EventDate(instant: $0, precision: api.precision(for: $0)) }
        event.duration = duration(of: api)
        event.location = api.location.cleaned
        event.description = api.description.cleaned
        event.image = image(api.image ?? APIImage(url: api.featureImage))
        event.webcasts = webcasts(of: api)
        event.infoLinks = infoLinks(of: api)
        event.agencies = (api.agencies ?? []).map { agency($0) }
        event.programs = (api.program ?? []).map { program($0) }
        event.agencies = event.agencies.uniqued(by: \.id)
        event.programs = event.programs.uniqued(by: \.id)
        event.summary.agencies = event.agencies.map {
            AgencyRef(id: AgencyID($0.id), name: $0.name, abbreviation: $0.abbreviation, slug: EventMapper.pendingSlug)
        }
        event.summary.programs = event.programs.map { ProgramRef(id: ProgramID($0.id), name: $0.name, slug: EventMapper.pendingSlug) }
        event.launches = (api.launches ?? []).map { launch($0) }
        event.expeditions = (api.expeditions ?? []).map(expedition)
        event.astronauts = (api.astronauts ?? []).map(astronaut)
        event.updates = updates(of: api)
        event.lastUpdated = api.lastUpdated
        event.apiURL = link(api.url)
        event.isWebcastLive = api.webcastLive ?? false
        event.summary = event.derivedSummary
        reportDroppedLinks(of: api)
        return event
    }

    // MARK: - Parts

    private mutating func duration(of api: APIEvent) -> EventDuration? {
        guard let text = api.duration.cleaned else { return nil }
        guard let duration = EventDuration(iso8601: text) else {
            warnings.append("event \(api.id): ignored duration \(text.prefix(40).debugDescription): not an ISO 8601 duration")
            return nil
        }
        guard duration.seconds >= 0 else {
            warnings.append("event \(api.id): ignored negative duration \(text.debugDescription)")
            return nil
        }
        return duration
    }

    private mutating func webcasts(of api: APIEvent) -> [Webcast] {
        var webcasts: [Webcast] = []
        for item in (api.vidURLs ?? []).sorted(by: { ($0.priority ?? .max) < ($1.priority ?? .max) }) {
            guard let url = link(item.url) else { continue }
            var webcast = Webcast(url: url)
            webcast.title = item.title.cleaned
            webcast.publisher = item.publisher.cleaned
            webcast.source = item.source.cleaned
            webcast.kind = item.type?.name.cleaned
            webcast.language = item.language?.name.cleaned
            webcast.languageCode = item.language?.code.cleaned
            webcast.start = item.startTime
            webcast.end = item.endTime
            webcast.isLive = item.live ?? false
            webcasts.append(webcast)
        }
        if let url = link(api.videoURL), !webcasts.contains(where: { $0.url == url }) {
            webcasts.append(Webcast(url: url))
        }
        return webcasts
    }

    private mutating func infoLinks(of api: APIEvent) -> [InfoLink] {
        var links: [InfoLink] = []
        for item in (api.infoURLs ?? []).sorted(by: { ($0.priority ?? .max) < ($1.priority ?? .max) }) {
            guard let url = link(item.url) else { continue }
            var info = InfoLink(url: url)
            info.title = item.title.cleaned
            info.source = item.source.cleaned
            info.language = item.language?.name.cleaned
            links.append(info)
        }
        if let url = link(api.newsURL), !links.contains(where: { $0.url == url }) {
            links.append(InfoLink(url: url))
        }
        return links
    }

    mutating func image(_ api: APIImage?) -> Image? {
        guard let api, let url = link(api.imageURL) else { return nil }
        var image = Image(url: url)
        image.thumbnailURL = link(api.thumbnailURL)
        image.name = api.name.cleaned
        image.credit = api.credit.cleaned
        image.license = api.license?.name.cleaned
        image.licenseURL = link(api.license?.link)
        return image
    }

    private mutating func agency(_ api: APIAgency) -> Agency {
        agencies.model(for: api, id: api.id, droppedLinks: &droppedLinks) { api in
            var fresh = EventMapper()
            return (fresh.mapAgency(api), fresh.droppedLinks)
        }
    }

    private mutating func program(_ api: APIProgram) -> Program {
        programs.model(for: api, id: api.id, droppedLinks: &droppedLinks) { api in
            var fresh = EventMapper()
            return (fresh.mapProgram(api), fresh.droppedLinks)
        }
    }

    private mutating func mapAgency(_ api: APIAgency) -> Agency {
        var agency = Agency(id: api.id, name: api.name.cleaned ?? "Agency \(api.id)")
        agency.abbreviation = api.abbrev.cleaned
        agency.kind = api.type?.name.cleaned
        agency.countryCode = api.countryCode.cleaned
        agency.logoURL = link(api.logo?.imageURL ?? api.logoURL)
        agency.description = api.description.cleaned
        agency.infoURL = link(api.infoURL)
        agency.wikiURL = link(api.wikiURL)
        return agency
    }

    private mutating func mapProgram(_ api: APIProgram) -> Program {
        var program = Program(id: api.id, name: api.name.cleaned ?? "Program \(api.id)")
        program.description = api.description.cleaned
        program.image = image(api.image ?? APIImage(url: api.imageURL))
        program.infoURL = link(api.infoURL)
        program.wikiURL = link(api.wikiURL)
        program.kind = api.type?.name.cleaned
        program.start = api.startDate
        program.end = api.endDate
        program.agencies = (api.agencies ?? []).map { agency($0) }
        return program
    }

    private mutating func launch(_ api: APILaunch) -> Launch {
        var launch = Launch(id: api.id, name: api.name.cleaned ?? "Launch")
        launch.net = api.net
        launch.status = api.status?.name.cleaned
        launch.provider = api.launchServiceProvider?.name.cleaned
        launch.pad = api.padName.cleaned
        launch.apiURL = link(api.url)
        return launch
    }

    private func expedition(_ api: APIExpedition) -> Expedition {
        var expedition = Expedition(id: api.id, name: api.name.cleaned ?? "Expedition \(api.id)")
        expedition.start = api.start
        expedition.end = api.end
        expedition.stationName = api.spacestation?.name.cleaned
        return expedition
    }

    private func astronaut(_ api: APIAstronaut) -> Astronaut {
        var astronaut = Astronaut(id: api.id, name: api.name.cleaned ?? "Astronaut \(api.id)")
        astronaut.agency = api.agency?.abbrev.cleaned ?? api.agency?.name.cleaned
        astronaut.status = api.status?.name.cleaned
        return astronaut
    }

    private mutating func updates(of api: APIEvent) -> [Update] {
        (api.updates ?? []).map { item in
            var update = Update(id: item.id)
            update.comment = item.comment.cleaned
            update.author = item.createdBy.cleaned
            update.createdOn = item.createdOn
            update.sourceURL = link(item.infoURL)
            return update
        }
        .sorted { ($0.createdOn ?? UTCTime(secondsSince1970: .min), $0.id) < ($1.createdOn ?? UTCTime(secondsSince1970: .min), $1.id) }
    }

    /// The URL when it is http(s); otherwise nil, remembered for the event's warning.
    mutating func link(_ raw: String?) -> WebURL? {
        guard let raw = raw.cleaned else { return nil }
        let url: WebURL?
        if let checked = checkedLinks[raw] {
            url = checked
        } else {
            url = WebURL(raw)
            checkedLinks[raw] = url
        }
        if url == nil { droppedLinks.append(raw) }
        return url
    }

    private mutating func reportDroppedLinks(of api: APIEvent) {
        guard let first = droppedLinks.first else { return }
        let count = droppedLinks.count == 1 ? "a link" : "\(droppedLinks.count) links"
        warnings.append("event \(api.id): dropped \(count) that \(droppedLinks.count == 1 ? "is" : "are") not http(s), such as \(first.prefix(40).debugDescription)")
        droppedLinks.removeAll()
    }
}
