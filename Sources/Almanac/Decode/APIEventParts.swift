import AlmanacModel

/// A webcast (`vid_urls` item).
struct APIWebcast: Sendable, JSONReadable {
    var url: String?
    var title: String?
    var publisher: String?
    var source: String?
    var type: APINamed?
    var language: APINamed?
    var startTime: UTCTime?
    var endTime: UTCTime?
    var live: Bool?
    var priority: Int?

    init(json: inout JSONReader) throws(JSONFailure) {
        var item = APIWebcast()
        try json.members { (reader, key) throws(JSONFailure) in
            switch key {
            case "url": item.url = try reader.optionalString(key)
            case "title": item.title = try reader.optionalString(key)
            case "publisher": item.publisher = try reader.optionalString(key)
            case "source": item.source = try reader.optionalString(key)
            case "type": item.type = try reader.optional(key, APINamed.self)
            case "language": item.language = try reader.optional(key, APINamed.self)
            case "start_time": item.startTime = try reader.optionalTime(key)
            case "end_time": item.endTime = try reader.optionalTime(key)
            case "live": item.live = try reader.optionalBool(key)
            case "priority": item.priority = try reader.optionalInt(key)
            default: try reader.skipValue()
            }
        }
        self = item
    }

    private init() {}
}

/// A link to more information (`info_urls` item).
struct APIInfoLink: Sendable, JSONReadable {
    var url: String?
    var title: String?
    var source: String?
    var language: APINamed?
    var priority: Int?

    init(json: inout JSONReader) throws(JSONFailure) {
        var item = APIInfoLink()
        try json.members { (reader, key) throws(JSONFailure) in
            switch key {
            case "url": item.url = try reader.optionalString(key)
            case "title": item.title = try reader.optionalString(key)
            case "source": item.source = try reader.optionalString(key)
            case "language": item.language = try reader.optional(key, APINamed.self)
            case "priority": item.priority = try reader.optionalInt(key)
            default: try reader.skipValue()
            }
        }
        self = item
    }

    private init() {}
}

/// One entry of an event's update history.
struct APIUpdate: Sendable, JSONReadable {
    var id: Int
    var comment: String?
    var infoURL: String?
    var createdBy: String?
    var createdOn: UTCTime?

    init(json: inout JSONReader) throws(JSONFailure) {
        var item = APIUpdate(id: 0)
        var id: Int?
        try json.members { (reader, key) throws(JSONFailure) in
            switch key {
            case "id": id = try reader.required(key) { (r) throws(JSONFailure) in try r.int() }
            case "comment": item.comment = try reader.optionalString(key)
            case "info_url": item.infoURL = try reader.optionalString(key)
            case "created_by": item.createdBy = try reader.optionalString(key)
            case "created_on": item.createdOn = try reader.optionalTime(key)
            default: try reader.skipValue()
            }
        }
        guard let id else { throw JSONFailure.missing.inside("id") }
        item.id = id
        self = item
    }

    private init(id: Int) { self.id = id }
}
