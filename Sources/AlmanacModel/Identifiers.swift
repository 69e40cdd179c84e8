/// An event's id in Launch Library 2.
public struct EventID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: Int
    public init(_ rawValue: Int) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
    public static func < (lhs: EventID, rhs: EventID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// An event type's id in Launch Library 2.
public struct EventTypeID: Sendable, Hashable, Comparable {
    public let rawValue: Int
    public init(_ rawValue: Int) { self.rawValue = rawValue }
    public static func < (lhs: EventTypeID, rhs: EventTypeID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A space station's id in Launch Library 2.
public struct StationID: Sendable, Hashable, Comparable {
    public let rawValue: Int
    public init(_ rawValue: Int) { self.rawValue = rawValue }
    public static func < (lhs: StationID, rhs: StationID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// An agency's id in Launch Library 2.
public struct AgencyID: Sendable, Hashable, Comparable {
    public let rawValue: Int
    public init(_ rawValue: Int) { self.rawValue = rawValue }
    public static func < (lhs: AgencyID, rhs: AgencyID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A program's id in Launch Library 2.
public struct ProgramID: Sendable, Hashable, Comparable {
    public let rawValue: Int
    public init(_ rawValue: Int) { self.rawValue = rawValue }
    public static func < (lhs: ProgramID, rhs: ProgramID) -> Bool { lhs.rawValue < rhs.rawValue }
}
