import AlmanacMarkup
import AlmanacModel

/// Media RSS (search.yahoo.com/mrss): the event's image where readers look for a picture to show
/// beside an item, in RSS and Atom alike. No `enclosure`: RSS requires its size in bytes. No
/// thumbnail: the API's thumbnails are sometimes of another image.
enum MediaRSS {
    static let namespace: XML = "xmlns:media=\"http://search.yahoo.com/mrss/\""

    /// `<media:content>`; empty markup when the event has no image.
    static func image(_ event: Event) -> XML {
        guard let image = event.image else { return "" }
        return "<media:content url=\"\(image.url)\" medium=\"image\"/>\n"
    }
}
