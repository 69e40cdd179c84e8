/// A space station: embedded in detailed events, or one record of a `/space_stations/` list.
/// Its image is an object in 2.3.0 and `image_url` in 2.2.0.
struct APIStation: Decodable, Sendable {
    var id: Int
    var name: String
    var status: APINamed?
    var type: APINamed?
    var orbit: String?
    var founded: APITime?
    var deorbited: APITime?
    var description: String?
    var image: APIImage?
    var imageURL: String?
    var owners: [APINamed]?

    enum CodingKeys: String, CodingKey {
        case id, name, status, type, orbit, founded, deorbited, description, image, owners
        case imageURL = "image_url"
    }
}
