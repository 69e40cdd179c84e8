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
    private var texts = TextPool()
    private var agencyLists = SharedLists<Agency>()
    private var programLists = SharedLists<Program>()

    /// `sharesStorage`: the events will be kept, so equal strings and lists they repeat are stored
    /// once; when they are dropped after decoding, sharing would only cost hashing.
    init(sharesStorage: Bool = true) {
        texts.isSharing = sharesStorage
        agencyLists.isSharing = sharesStorage
        programLists.isSharing = sharesStorage
    }

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
        event.location = text(api.location)
        event.description = text(api.description)
        event.image = image(api.image ?? APIImage(url: api.featureImage))
        event.webcasts = webcasts(of: api)
        event.infoLinks = infoLinks(of: api)
        event.agencies = agencyLists.shared((api.agencies ?? []).map { agency($0) }.uniqued(by: \.id))
        event.programs = programLists.shared((api.program ?? []).map { program($0) }.uniqued(by: \.id))
        event.summary.agencies = event.agencies.map {
            AgencyRef(id: AgencyID($0.id), name: $0.name, abbreviation: $0.abbreviation, slug: EventMapper.pendingSlug)
        }
        event.summary.programs = event.programs.map { ProgramRef(id: ProgramID($0.id), name: $0.name, slug: EventMapper.pendingSlug) }
        event.launches = (api.launches ?? []).map { launch($0) }
        event.expeditions = (api.expeditions ?? []).map { expedition($0) }
        event.astronauts = (api.astronauts ?? []).map { astronaut($0) }
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
            webcast.title = text(item.title)
            webcast.publisher = text(item.publisher)
            webcast.source = text(item.source)
            webcast.kind = text(item.type?.name)
            webcast.language = text(item.language?.name)
            webcast.languageCode = text(item.language?.code)
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
            info.title = text(item.title)
            info.source = text(item.source)
            info.language = text(item.language?.name)
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
        image.name = text(api.name)
        image.credit = text(api.credit)
        image.license = text(api.license?.name)
        image.licenseURL = link(api.license?.link)
        return image
    }

    private mutating func agency(_ api: APIAgency) -> Agency {
        agencies.model(for: api, id: api.id, droppedLinks: &droppedLinks) { api in
            var fresh = EventMapper(sharesStorage: false)
            return (fresh.mapAgency(api), fresh.droppedLinks)
        }
    }

    private mutating func program(_ api: APIProgram) -> Program {
        programs.model(for: api, id: api.id, droppedLinks: &droppedLinks) { api in
            var fresh = EventMapper(sharesStorage: false)
            return (fresh.mapProgram(api), fresh.droppedLinks)
        }
    }

    private mutating func mapAgency(_ api: APIAgency) -> Agency {
        var agency = Agency(id: api.id, name: text(api.name) ?? "Agency \(api.id)")
        agency.abbreviation = text(api.abbrev)
        agency.kind = text(api.type?.name)
        agency.countryCode = text(api.countryCode)
        agency.logoURL = link(api.logo?.imageURL ?? api.logoURL)
        agency.description = text(api.description)
        agency.infoURL = link(api.infoURL)
        agency.wikiURL = link(api.wikiURL)
        return agency
    }

    private mutating func mapProgram(_ api: APIProgram) -> Program {
        var program = Program(id: api.id, name: text(api.name) ?? "Program \(api.id)")
        program.description = text(api.description)
        program.image = image(api.image ?? APIImage(url: api.imageURL))
        program.infoURL = link(api.infoURL)
        program.wikiURL = link(api.wikiURL)
        program.kind = text(api.type?.name)
        program.start = api.startDate
        program.end = api.endDate
        program.agencies = (api.agencies ?? []).map { agency($0) }
        return program
    }

    private mutating func launch(_ api: APILaunch) -> Launch {
        var launch = Launch(id: api.id, name: text(api.name) ?? "Launch")
        launch.net = api.net
        launch.status = text(api.status?.name)
        launch.provider = text(api.launchServiceProvider?.name)
        launch.pad = text(api.padName)
        launch.apiURL = link(api.url)
        return launch
    }

    private mutating func expedition(_ api: APIExpedition) -> Expedition {
        var expedition = Expedition(id: api.id, name: text(api.name) ?? "Expedition \(api.id)")
        expedition.start = api.start
        expedition.end = api.end
        expedition.stationName = text(api.spacestation?.name)
        return expedition
    }

    private mutating func astronaut(_ api: APIAstronaut) -> Astronaut {
        var astronaut = Astronaut(id: api.id, name: text(api.name) ?? "Astronaut \(api.id)")
        astronaut.agency = text(api.agency?.abbrev) ?? text(api.agency?.name)
        astronaut.status = text(api.status?.name)
        return astronaut
    }

    private mutating func updates(of api: APIEvent) -> [Update] {
        (api.updates ?? []).map { item in
            var update = Update(id: item.id)
            update.comment = text(item.comment)
            update.author = text(item.createdBy)
            update.createdOn = item.createdOn
            update.sourceURL = link(item.infoURL)
            return update
        }
        .sorted { ($0.createdOn ?? UTCTime(secondsSince1970: .min), $0.id) < ($1.createdOn ?? UTCTime(secondsSince1970: .min), $1.id) }
    }

    /// `raw` cleaned, one copy however many of the events repeat it.
    private mutating func text(_ raw: String?) -> String? { texts.cleaned(raw) }

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
