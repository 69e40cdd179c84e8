import AlmanacModel

/// An event as Launch Library 2 sends it (2.3.0 `list`, `normal` and `detailed` modes, and 2.2.0).
/// Only `id` and `name` are required; every other field may be null or absent. A field of the
/// wrong type, or a date that is not a date, fails the decoding of this one event.
struct APIEvent: Decodable, Sendable {
    var id: Int
    var name: String
    var slug: String?
    var url: String?
    var type: APINamed?
    var date: APITime?
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
    var lastUpdated: APITime?
    var responseMode: String?

    enum CodingKeys: String, CodingKey {
        case id, name, slug, url, type, date, duration, location, description, image
        case datePrecision = "date_precision"
        case featureImage = "feature_image"
        case webcastLive = "webcast_live"
        case vidURLs = "vid_urls"
        case infoURLs = "info_urls"
        case videoURL = "video_url"
        case newsURL = "news_url"
        case agencies, program, launches, spacestations, expeditions, astronauts, updates
        case lastUpdated = "last_updated"
        case responseMode = "response_mode"
    }
}

/// A `{"id", "name"}` object (types, statuses, precisions, languages).
struct APINamed: Decodable, Sendable {
    var id: Int?
    var name: String?
    var code: String?
    var abbrev: String?
}

/// A field that 2.3.0 sends as an object with a `name` and 2.2.0 as a bare string (agency `type`).
struct APINameOrObject: Decodable, Sendable {
    var name: String?

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            name = nil
        } else if let text = try? container.decode(String.self) {
            name = text
        } else {
            name = try container.decode(APINamed.self).name
        }
    }
}

/// An image: a 2.3.0 image object, or a bare URL string (2.2.0 and some nested objects).
struct APIImage: Decodable, Sendable {
    var imageURL: String?
    var thumbnailURL: String?
    var name: String?
    var credit: String?
    var license: APILicense?

    struct APILicense: Decodable, Sendable {
        var name: String?
        var link: String?
    }

    enum CodingKeys: String, CodingKey {
        case name, credit, license
        case imageURL = "image_url"
        case thumbnailURL = "thumbnail_url"
    }

    init(url: String?) { imageURL = url }

    init(from decoder: Decoder) throws {
        if let url = try? decoder.singleValueContainer().decode(String.self) {
            imageURL = url
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        imageURL = try container.decodeIfPresent(String.self, forKey: .imageURL)
        thumbnailURL = try container.decodeIfPresent(String.self, forKey: .thumbnailURL)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        credit = try container.decodeIfPresent(String.self, forKey: .credit)
        license = try container.decodeIfPresent(APILicense.self, forKey: .license)
    }
}

/// A timestamp the API sends as an ISO 8601 string; anything else fails to decode.
struct APITime: Decodable, Sendable {
    var value: UTCTime

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let parsed = UTCTime(iso8601: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not a date: \(text.prefix(40).debugDescription)")
        }
        value = parsed
    }
}
