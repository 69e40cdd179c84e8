import Foundation

extension HTTPResponse {
    /// Seconds until a rate-limited request may be repeated: the `Retry-After` header, or else the
    /// number in the API's `detail` ("Request was throttled. Expected available in 1234 seconds.");
    /// nil when neither says.
    var retryAfterSeconds: Int64? {
        if let header = header("Retry-After"), let seconds = Double(header.trimmingCharacters(in: .whitespaces)) {
            return Int64(max(0, seconds.rounded(.up)))
        }
        guard let detail = try? JSONDecoder().decode(Detail.self, from: body).detail else { return nil }
        let words = detail.split(separator: " ")
        for (number, unit) in zip(words, words.dropFirst()) where unit.hasPrefix("second") {
            if let seconds = Double(number) { return Int64(max(0, seconds.rounded(.up))) }
        }
        return nil
    }

    private struct Detail: Decodable { var detail: String }
}
