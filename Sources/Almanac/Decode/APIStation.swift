import AlmanacModel

/// A space station: embedded in detailed events, or one record of a `/space_stations/` list.
/// Its image is an object in 2.3.0 and `image_url` in 2.2.0.
struct APIStation: Sendable, JSONReadable {
    var id = 0
    var name = ""
    var status: APINamed?
    var type: APINamed?
    var orbit: String?
    var founded: UTCTime?
    var deorbited: UTCTime?
    var description: String?
    var image: APIImage?
    var imageURL: String?
    var owners: [APINamed]?

    init(json: inout JSONReader) throws(JSONFailure) {
        var item = APIStation()
        let (id, name) = try json.identified { (reader, key) throws(JSONFailure) in
            switch key {
            case "status": item.status = try reader.optional(key, APINamed.self)
            case "type": item.type = try reader.optional(key, APINamed.self)
            case "orbit": item.orbit = try reader.optionalString(key)
            case "founded": item.founded = try reader.optionalTime(key)
            case "deorbited": item.deorbited = try reader.optionalTime(key)
            case "description": item.description = try reader.optionalString(key)
            case "image": item.image = try reader.optional(key, APIImage.self)
            case "image_url": item.imageURL = try reader.optionalString(key)
            case "owners": item.owners = try reader.list(key, of: APINamed.self)
            default: try reader.skipValue()
            }
        }
        (item.id, item.name) = (id, name)
        self = item
    }

    private init() {}
}
