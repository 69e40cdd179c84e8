import AlmanacModel

/// An agency; `type` is an object in 2.3.0 and a string in 2.2.0.
struct APIAgency: Sendable, Equatable, JSONReadable {
    var id = 0
    var name = ""
    var abbrev: String?
    var type: APINamed?
    var countryCode: String?
    var logoURL: String?
    var logo: APIImage?
    var description: String?
    var infoURL: String?
    var wikiURL: String?

    init(json: inout JSONReader) throws(JSONFailure) {
        var item = APIAgency()
        let (id, name) = try json.identified { (reader, key) throws(JSONFailure) in
            switch key {
            case "abbrev": item.abbrev = try reader.optionalString(key)
            case "type": item.type = try reader.optional(key) { (r) throws(JSONFailure) in try APINamed.nameOrObject(&r) }
            case "country_code": item.countryCode = try reader.optionalString(key)
            case "logo_url": item.logoURL = try reader.optionalString(key)
            case "logo": item.logo = try reader.optional(key, APIImage.self)
            case "description": item.description = try reader.optionalString(key)
            case "info_url": item.infoURL = try reader.optionalString(key)
            case "wiki_url": item.wikiURL = try reader.optionalString(key)
            default: try reader.skipValue()
            }
        }
        (item.id, item.name) = (id, name)
        self = item
    }

    private init() {}
}

/// A program; its image is an object in 2.3.0 and `image_url` in 2.2.0.
struct APIProgram: Sendable, Equatable, JSONReadable {
    var id = 0
    var name = ""
    var description: String?
    var image: APIImage?
    var imageURL: String?
    var infoURL: String?
    var wikiURL: String?
    var type: APINamed?
    var startDate: UTCTime?
    var endDate: UTCTime?
    var agencies: [APIAgency]?

    init(json: inout JSONReader) throws(JSONFailure) {
        var item = APIProgram()
        let (id, name) = try json.identified { (reader, key) throws(JSONFailure) in
            switch key {
            case "description": item.description = try reader.optionalString(key)
            case "image": item.image = try reader.optional(key, APIImage.self)
            case "image_url": item.imageURL = try reader.optionalString(key)
            case "info_url": item.infoURL = try reader.optionalString(key)
            case "wiki_url": item.wikiURL = try reader.optionalString(key)
            case "type": item.type = try reader.optional(key, APINamed.self)
            case "start_date": item.startDate = try reader.optionalTime(key)
            case "end_date": item.endDate = try reader.optionalTime(key)
            case "agencies": item.agencies = try reader.list(key, of: APIAgency.self)
            default: try reader.skipValue()
            }
        }
        (item.id, item.name) = (id, name)
        self = item
    }

    private init() {}
}

/// A launch, as events embed it (its id is a UUID string).
struct APILaunch: Sendable, JSONReadable {
    var id = ""
    var name = ""
    var url: String?
    var net: UTCTime?
    var status: APINamed?
    var launchServiceProvider: APINamed?
    var padName: String?

    init(json: inout JSONReader) throws(JSONFailure) {
        var item = APILaunch()
        var (id, name): (String?, String?) = (nil, nil)
        try json.members { (reader, key) throws(JSONFailure) in
            switch key {
            case "id": id = try reader.required(key) { (r) throws(JSONFailure) in try r.string() }
            case "name": name = try reader.required(key) { (r) throws(JSONFailure) in try r.string() }
            case "url": item.url = try reader.optionalString(key)
            case "net": item.net = try reader.optionalTime(key)
            case "status": item.status = try reader.optional(key, APINamed.self)
            case "launch_service_provider": item.launchServiceProvider = try reader.optional(key, APINamed.self)
            case "pad": item.padName = try reader.optional(key, APINamed.self)?.name
            default: try reader.skipValue()
            }
        }
        guard let id else { throw JSONFailure.missing.inside("id") }
        guard let name else { throw JSONFailure.missing.inside("name") }
        (item.id, item.name) = (id, name)
        self = item
    }

    private init() {}
}

/// An expedition, as events embed it.
struct APIExpedition: Sendable, JSONReadable {
    var id = 0
    var name = ""
    var start: UTCTime?
    var end: UTCTime?
    var spacestation: APINamed?

    init(json: inout JSONReader) throws(JSONFailure) {
        var item = APIExpedition()
        let (id, name) = try json.identified { (reader, key) throws(JSONFailure) in
            switch key {
            case "start": item.start = try reader.optionalTime(key)
            case "end": item.end = try reader.optionalTime(key)
            case "spacestation": item.spacestation = try reader.optional(key, APINamed.self)
            default: try reader.skipValue()
            }
        }
        (item.id, item.name) = (id, name)
        self = item
    }

    private init() {}
}

/// An astronaut, as events embed it.
struct APIAstronaut: Sendable, JSONReadable {
    var id = 0
    var name = ""
    var agency: APINamed?
    var status: APINamed?

    init(json: inout JSONReader) throws(JSONFailure) {
        var item = APIAstronaut()
        let (id, name) = try json.identified { (reader, key) throws(JSONFailure) in
            switch key {
            case "agency": item.agency = try reader.optional(key, APINamed.self)
            case "status": item.status = try reader.optional(key, APINamed.self)
            default: try reader.skipValue()
            }
        }
        (item.id, item.name) = (id, name)
        self = item
    }

    private init() {}
}

extension JSONReader {
    /// Reads an object whose `id` (a number) and `name` (a string) are required; every other member
    /// goes to `body`.
    mutating func identified(_ body: (inout JSONReader, JSONKey) throws(JSONFailure) -> Void) throws(JSONFailure) -> (Int, String) {
        var (id, name): (Int?, String?) = (nil, nil)
        try members { (reader, key) throws(JSONFailure) in
            switch key {
            case "id": id = try reader.required(key) { (r) throws(JSONFailure) in try r.int() }
            case "name": name = try reader.required(key) { (r) throws(JSONFailure) in try r.string() }
            default: try body(&reader, key)
            }
        }
        guard let id else { throw JSONFailure.missing.inside("id") }
        guard let name else { throw JSONFailure.missing.inside("name") }
        return (id, name)
    }
}
