/// A webcast (`vid_urls` item).
struct APIWebcast: Decodable, Sendable {
    var url: String?
    var title: String?
    var publisher: String?
    var source: String?
    var type: APINamed?
    var language: APINamed?
    var startTime: APITime?
    var endTime: APITime?
    var live: Bool?
    var priority: Int?

    enum CodingKeys: String, CodingKey {
        case url, title, publisher, source, type, language, live, priority
        case startTime = "start_time"
        case endTime = "end_time"
    }
}

/// A link to more information (`info_urls` item).
struct APIInfoLink: Decodable, Sendable {
    var url: String?
    var title: String?
    var source: String?
    var language: APINamed?
    var priority: Int?
}

/// An agency; `type` is an object in 2.3.0 and a string in 2.2.0.
struct APIAgency: Decodable, Sendable {
    var id: Int
    var name: String
    var abbrev: String?
    var type: APINameOrObject?
    var countryCode: String?
    var logoURL: String?
    var logo: APIImage?

    enum CodingKeys: String, CodingKey {
        case id, name, abbrev, type, logo
        case countryCode = "country_code"
        case logoURL = "logo_url"
    }
}

/// A program; its image is an object in 2.3.0 and `image_url` in 2.2.0.
struct APIProgram: Decodable, Sendable {
    var id: Int
    var name: String
    var description: String?
    var image: APIImage?
    var imageURL: String?
    var infoURL: String?
    var wikiURL: String?

    enum CodingKeys: String, CodingKey {
        case id, name, description, image
        case imageURL = "image_url"
        case infoURL = "info_url"
        case wikiURL = "wiki_url"
    }
}

/// A launch, as events embed it.
struct APILaunch: Decodable, Sendable {
    var id: String
    var name: String
    var url: String?
    var net: APITime?
    var status: APINamed?
    var launchServiceProvider: APINamed?
    var pad: APIPad?

    struct APIPad: Decodable, Sendable {
        var name: String?
    }

    enum CodingKeys: String, CodingKey {
        case id, name, url, net, status, pad
        case launchServiceProvider = "launch_service_provider"
    }
}

/// An expedition, as events embed it.
struct APIExpedition: Decodable, Sendable {
    var id: Int
    var name: String
    var start: APITime?
    var end: APITime?
    var spacestation: APINamed?
}

/// An astronaut, as events embed it.
struct APIAstronaut: Decodable, Sendable {
    var id: Int
    var name: String
    var agency: APINamed?
    var status: APINamed?
}

/// One entry of an event's update history.
struct APIUpdate: Decodable, Sendable {
    var id: Int
    var comment: String?
    var infoURL: String?
    var createdBy: String?
    var createdOn: APITime?

    enum CodingKeys: String, CodingKey {
        case id, comment
        case infoURL = "info_url"
        case createdBy = "created_by"
        case createdOn = "created_on"
    }
}
