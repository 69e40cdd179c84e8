import AlmanacMarkup

/// An image with its credit and license.
public struct Image: Sendable, Hashable {
    public var url: WebURL
    public var thumbnailURL: WebURL?
    public var name: String?
    public var credit: String?
    public var license: String?
    public var licenseURL: WebURL?

    public init(url: WebURL) { self.url = url }
}

/// A webcast (the API's `vid_urls`).
public struct Webcast: Sendable, Hashable {
    public var url: WebURL
    public var title: String?
    public var publisher: String?
    public var source: String?
    public var kind: String?
    public var language: String?
    public var languageCode: String?
    public var start: UTCTime?
    public var end: UTCTime?
    public var isLive: Bool

    public init(url: WebURL) {
        self.url = url
        isLive = false
    }

    /// The title, else the publisher, else the source, else the URL's host.
    public var label: String { title ?? publisher ?? source ?? url.host }
}

/// A link to more information (the API's `info_urls`).
public struct InfoLink: Sendable, Hashable {
    public var url: WebURL
    public var title: String?
    public var source: String?
    public var language: String?

    public init(url: WebURL) { self.url = url }

    /// The title, else the source, else the URL's host.
    public var label: String { title ?? source ?? url.host }
}

/// An agency taking part in an event.
public struct Agency: Sendable, Hashable, Identifiable {
    public var id: Int
    public var name: String
    public var abbreviation: String?
    public var kind: String?
    public var countryCode: String?
    public var logoURL: WebURL?
    public var description: String?
    public var infoURL: WebURL?
    public var wikiURL: WebURL?

    public init(id: Int, name: String) {
        self.id = id
        self.name = name
    }
}

/// A program (Artemis, Commercial Crew…) an event belongs to.
public struct Program: Sendable, Hashable, Identifiable {
    public var id: Int
    public var name: String
    /// `Human Spaceflight`, `Robotic Exploration`…
    public var kind: String?
    public var description: String?
    public var image: Image?
    public var infoURL: WebURL?
    public var wikiURL: WebURL?
    public var start: UTCTime?
    public var end: UTCTime?
    /// The agencies running the program (name, abbreviation and kind only).
    public var agencies: [Agency] = []

    public init(id: Int, name: String) {
        self.id = id
        self.name = name
    }
}

/// A launch related to an event.
public struct Launch: Sendable, Hashable {
    public var id: String
    public var name: String
    public var net: UTCTime?
    public var status: String?
    public var provider: String?
    public var pad: String?
    public var apiURL: WebURL?

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// An expedition (a station crew's stay) related to an event.
public struct Expedition: Sendable, Hashable {
    public var id: Int
    public var name: String
    public var start: UTCTime?
    public var end: UTCTime?
    public var stationName: String?

    public init(id: Int, name: String) {
        self.id = id
        self.name = name
    }
}

/// An astronaut taking part in an event.
public struct Astronaut: Sendable, Hashable {
    public var id: Int
    public var name: String
    public var agency: String?
    public var status: String?

    public init(id: Int, name: String) {
        self.id = id
        self.name = name
    }
}

/// One entry of an event's update history.
public struct Update: Sendable, Hashable {
    public var id: Int
    public var comment: String?
    public var author: String?
    public var createdOn: UTCTime?
    public var sourceURL: WebURL?

    public init(id: Int) { self.id = id }
}
