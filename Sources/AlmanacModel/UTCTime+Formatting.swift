/// Hand-written, locale-free date formats, each built in one buffer (they run for every time on
/// every page and in every feed).
extension UTCTime {
    /// `2025-06-26T08:28:23Z` (RFC 3339, for `<time datetime>`, Atom and JSON Feed).
    public var iso8601: String {
        format { out in
            civilDate.appendISO8601(to: &out)
            out.append(UInt8(ascii: "T"))
            appendClock(to: &out, separator: UInt8(ascii: ":"), seconds: true)
            out.append(UInt8(ascii: "Z"))
        }
    }

    /// `Thu, 26 Jun 2025 08:28:23 +0000` (RFC 822 as RSS 2.0 wants it, four-digit year).
    public var rfc822: String {
        let date = civilDate
        return format { out in
            out += CivilDate.weekdayAbbreviations[date.weekday].utf8
            out += ", ".utf8
            appendPadded(date.day, width: 2, to: &out)
            out.append(UInt8(ascii: " "))
            out += CivilDate.monthAbbreviations[date.month - 1].utf8
            out.append(UInt8(ascii: " "))
            appendPadded(date.year, width: 4, to: &out)
            out.append(UInt8(ascii: " "))
            appendClock(to: &out, separator: UInt8(ascii: ":"), seconds: true)
            out += " +0000".utf8
        }
    }

    /// `20250626T082823Z` (iCalendar DATE-TIME in UTC).
    public var icalendarDateTime: String {
        format { out in
            civilDate.appendCompact(to: &out)
            out.append(UInt8(ascii: "T"))
            appendClock(to: &out, separator: nil, seconds: true)
            out.append(UInt8(ascii: "Z"))
        }
    }

    /// `08:28` (24-hour clock).
    public var hourMinute: String { format { appendClock(to: &$0, separator: UInt8(ascii: ":"), seconds: false) } }

    /// `26 Jun 2025, 08:28 UTC`.
    public var dayAndTime: String {
        format { out in
            civilDate.appendShort(to: &out)
            out += ", ".utf8
            appendClock(to: &out, separator: UInt8(ascii: ":"), seconds: false)
            out += " UTC".utf8
        }
    }

    private func appendClock(to out: inout TextBuffer, separator: UInt8?, seconds: Bool) {
        appendPadded(hour, width: 2, to: &out)
        if let separator { out.append(separator) }
        appendPadded(minute, width: 2, to: &out)
        guard seconds else { return }
        if let separator { out.append(separator) }
        appendPadded(second, width: 2, to: &out)
    }
}

extension CivilDate {
    static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]
    static let weekdayAbbreviations = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    /// `2025-06-26`.
    public var iso8601: String { format { appendISO8601(to: &$0) } }

    /// `20250626` (iCalendar DATE).
    public var icalendarDate: String { format { appendCompact(to: &$0) } }

    /// `26 Jun 2025`.
    public var shortText: String { format { appendShort(to: &$0) } }

    /// `June 2025`.
    public var monthAndYear: String { "\(CivilDate.monthNames[month - 1]) \(year)" }

    /// `June`.
    public var monthName: String { CivilDate.monthNames[month - 1] }

    func appendISO8601(to out: inout TextBuffer) {
        appendPadded(year, width: 4, to: &out)
        out.append(UInt8(ascii: "-"))
        appendPadded(month, width: 2, to: &out)
        out.append(UInt8(ascii: "-"))
        appendPadded(day, width: 2, to: &out)
    }

    func appendCompact(to out: inout TextBuffer) {
        appendPadded(year, width: 4, to: &out)
        appendPadded(month, width: 2, to: &out)
        appendPadded(day, width: 2, to: &out)
    }

    func appendShort(to out: inout TextBuffer) {
        appendPadded(day, width: 1, to: &out)
        out.append(UInt8(ascii: " "))
        out += CivilDate.monthAbbreviations[month - 1].utf8
        out.append(UInt8(ascii: " "))
        appendPadded(year, width: 1, to: &out)
    }
}

/// A string made of the bytes `build` appends (at most 48), written in stack memory.
@inline(__always)
func format(_ build: (inout TextBuffer) -> Void) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { memory in
        var buffer = TextBuffer(memory: memory)
        build(&buffer)
        return String(decoding: UnsafeBufferPointer(rebasing: memory[..<buffer.count]), as: UTF8.self)
    }
}

/// A short run of bytes in fixed memory, for formatting without allocating.
struct TextBuffer {
    let memory: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0

    init(memory: UnsafeMutableBufferPointer<UInt8>) { self.memory = memory }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        guard count < memory.count else { return }
        memory[count] = byte
        count += 1
    }

    static func += (buffer: inout TextBuffer, text: String.UTF8View) {
        for byte in text { buffer.append(byte) }
    }
}

/// Appends `value` in decimal, zero-padded to `width` digits (negative years keep their sign).
func appendPadded(_ value: Int, width: Int, to out: inout TextBuffer) {
    if value < 0 { out.append(UInt8(ascii: "-")) }
    let magnitude = value.magnitude
    var divisor: UInt = 1
    var digits = 1
    while magnitude / divisor >= 10 {
        divisor *= 10
        digits += 1
    }
    for _ in digits..<max(width, digits) { out.append(UInt8(ascii: "0")) }
    while divisor > 0 {
        out.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
        divisor /= 10
    }
}

@inline(__always)
func pad2(_ value: Int) -> String { format { appendPadded(value, width: 2, to: &$0) } }

@inline(__always)
func pad4(_ value: Int) -> String { format { appendPadded(value, width: 4, to: &$0) } }
