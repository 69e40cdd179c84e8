import AlmanacModel

/// An event as Launch Library 2 sends it (2.3.0 `list`, `normal` and `detailed` modes, and 2.2.0).
/// Only `id` and `name` are required; every other field may be null or absent; unknown fields are
/// ignored. A field of the wrong type, or a date that is not a date, fails this one event.
struct APIEvent: Sendable {
    var id: Int
    var name: String
    var slug: String?
    var url: String?
    var type: APINamed?
    var date: UTCTime?
    var datePrecision: APINamed?
    var duration: String?
    var location: String?
    var description: String?
    var image: APIImage?
    /// 2.2.0's image, a bare URL.
    var featureImage: String?
    var webcastLive: Bool?
    var vidURLs: [APIWebcast]?
    var infoURLs: [APIInfoLink]?
    /// 2.2.0's single links.
    var videoURL: String?
    var newsURL: String?
    var agencies: [APIAgency]?
    var program: [APIProgram]?
    var launches: [APILaunch]?
    var spacestations: [APIStation]?
    var expeditions: [APIExpedition]?
    var astronauts: [APIAstronaut]?
    var updates: [APIUpdate]?
    var lastUpdated: UTCTime?
    var responseMode: String?

    init(id: Int, name: String) {
        self.id = id
        self.name = name
    }
}

extension APIEvent: JSONReadable {
    init(json: inout JSONReader) throws(JSONFailure) {
        var parts = RepeatedParts()
        try self.init(json: &json, reusing: &parts)
    }

    /// Reads an event, taking the agencies, programs and stations it repeats from `parts`.
    init(json: inout JSONReader, reusing parts: inout RepeatedParts) throws(JSONFailure) {
        var event = APIEvent(id: 0, name: "")
        var (id, name): (Int?, String?) = (nil, nil)
        try json.members { (reader, key) throws(JSONFailure) in
            switch key {
            case "id": id = try reader.required(key) { (r) throws(JSONFailure) in try r.int() }
            case "name": name = try reader.required(key) { (r) throws(JSONFailure) in try r.string() }
            case "slug": event.slug = try reader.optionalString(key)
            case "url": event.url = try reader.optionalString(key)
            case "type": event.type = try reader.optional(key, APINamed.self)
            case "date": event.date = try reader.optionalTime(key)
            case "date_precision": event.datePrecision = try reader.optional(key, APINamed.self)
            case "duration": event.duration = try reader.optionalString(key)
            case "location": event.location = try reader.optionalString(key)
            case "description": event.description = try reader.optionalString(key)
            case "image": event.image = try reader.optional(key, APIImage.self)
            case "feature_image": event.featureImage = try reader.optionalString(key)
            case "webcast_live": event.webcastLive = try reader.optionalBool(key)
            case "vid_urls": event.vidURLs = try reader.list(key, of: APIWebcast.self)
            case "info_urls": event.infoURLs = try reader.list(key, of: APIInfoLink.self)
            case "video_url": event.videoURL = try reader.optionalString(key)
            case "news_url": event.newsURL = try reader.optionalString(key)
            case "agencies": event.agencies = try reader.list(key, reusing: &parts.agencies)
            case "program": event.program = try reader.list(key, reusing: &parts.programs)
            case "launches": event.launches = try reader.list(key, of: APILaunch.self)
            case "spacestations": event.spacestations = try reader.list(key, reusing: &parts.stations)
            case "expeditions": event.expeditions = try reader.list(key, of: APIExpedition.self)
            case "astronauts": event.astronauts = try reader.list(key, of: APIAstronaut.self)
            case "updates": event.updates = try reader.list(key, of: APIUpdate.self)
            case "last_updated": event.lastUpdated = try reader.optionalTime(key)
            case "response_mode": event.responseMode = try reader.optionalString(key)
            default: try reader.skipValue()
            }
        }
        guard let id else { throw JSONFailure.missing.inside("id") }
        guard let name else { throw JSONFailure.missing.inside("name") }
        event.id = id
        event.name = name
        self = event
    }
}

/// A `{"id", "name"}` object (types, statuses, precisions, languages).
struct APINamed: Sendable, Equatable, JSONReadable {
    var id: Int?
    var name: String?
    var code: String?
    var abbrev: String?

    init(json: inout JSONReader) throws(JSONFailure) {
        var named = APINamed()
        try json.members { (reader, key) throws(JSONFailure) in
            switch key {
            case "id": named.id = try reader.optionalInt(key)
            case "name": named.name = try reader.optionalString(key)
            case "code": named.code = try reader.optionalString(key)
            case "abbrev": named.abbrev = try reader.optionalString(key)
            default: try reader.skipValue()
            }
        }
        self = named
    }

    init(name: String? = nil) { self.name = name }

    /// A field that 2.3.0 sends as an object with a `name` and 2.2.0 as a bare string (agency `type`).
    static func nameOrObject(_ reader: inout JSONReader) throws(JSONFailure) -> APINamed {
        if try reader.peek() == .string { return APINamed(name: try reader.string()) }
        return try APINamed(json: &reader)
    }
}

/// An image: a 2.3.0 image object, or a bare URL string (2.2.0 and some nested objects).
struct APIImage: Sendable, Equatable, JSONReadable {
    var imageURL: String?
    var thumbnailURL: String?
    var name: String?
    var credit: String?
    var license: APILicense?

    struct APILicense: Sendable, Equatable, JSONReadable {
        var name: String?
        var link: String?

        init(json: inout JSONReader) throws(JSONFailure) {
            var license = APILicense()
            try json.members { (reader, key) throws(JSONFailure) in
                switch key {
                case "name": license.name = try reader.optionalString(key)
                case "link": license.link = try reader.optionalString(key)
                default: try reader.skipValue()
                }
            }
            self = license
        }

        private init() {}
    }

    init(url: String?) { imageURL = url }

    init(json: inout JSONReader) throws(JSONFailure) {
        if try json.peek() == .string {
            imageURL = try json.string()
            return
        }
        var image = APIImage(url: nil)
        try json.members { (reader, key) throws(JSONFailure) in
            switch key {
            case "image_url": image.imageURL = try reader.optionalString(key)
            case "thumbnail_url": image.thumbnailURL = try reader.optionalString(key)
            case "name": image.name = try reader.optionalString(key)
            case "credit": image.credit = try reader.optionalString(key)
            case "license": image.license = try reader.optional(key, APILicense.self)
            default: try reader.skipValue()
            }
        }
        self = image
    }
}
