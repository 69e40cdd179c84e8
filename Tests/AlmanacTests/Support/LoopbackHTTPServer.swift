import Foundation
import Glibc

/// A minimal HTTP/1.1 server on 127.0.0.1 and an ephemeral port, on plain POSIX sockets: one thread
/// accepts connections and answers them one at a time, each with `Connection: close`.
final class LoopbackHTTPServer: @unchecked Sendable {
    private(set) var port: UInt16 = 0
    private let listener: Int32
    private let handler: @Sendable (TestHTTPRequest) -> TestHTTPReply
    private let finished = DispatchSemaphore(value: 0)
    private let stopping = NSLock()
    private var stopped = false

    init(handler: @escaping @Sendable (TestHTTPRequest) -> TestHTTPReply) throws {
        self.handler = handler
        listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(listener, pointer, length) == 0 && listen(listener, 16) == 0
                    && getsockname(listener, pointer, &length) == 0
            }
        }
        guard listener >= 0, bound else { throw AlmanacTestError("cannot listen on 127.0.0.1: \(String(cString: strerror(errno)))") }
        port = UInt16(bigEndian: address.sin_port)
        Thread { [self] in acceptConnections() }.start()
    }

    /// Stops accepting and waits for the serving thread to end; later calls do nothing.
    func stop() {
        stopping.withLock {
            guard !stopped else { return }
            stopped = true
            shutdown(listener, Int32(SHUT_RDWR))
            finished.wait()
            close(listener)
        }
    }

    private func acceptConnections() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                break
            }
            var timeout = timeval(tv_sec: 5, tv_usec: 0)
            setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            // One thread per connection, so a stalled answer never holds up the next client.
            Thread { [self] in
                if let request = readRequest(connection) { answer(handler(request), on: connection) }
                close(connection)
            }.start()
        }
        finished.signal()
    }

    /// Reads up to the blank line that ends the headers (the client only sends GETs).
    private func readRequest(_ connection: Int32) -> TestHTTPRequest? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !bytes.ends(with: Array("\r\n\r\n".utf8)) {
            let count = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            guard count > 0, bytes.count < 65_536 else { return nil }
            bytes += chunk[0..<count]
        }
        let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = lines[0].split(separator: " ")
        guard requestLine.count == 3 else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return TestHTTPRequest(target: String(requestLine[1]), headers: headers)
    }

    private func answer(_ reply: TestHTTPReply, on connection: Int32) {
        switch reply {
        case .respond(let status, let headers, let body):
            send(head(status: status, headers: headers, length: body.count) + body, on: connection)
        case .cutShort(let body):
            send(head(status: 200, headers: [:], length: body.count) + body.prefix(body.count / 2), on: connection)
        case .hangUp:
            break
        case .afterPause(let seconds, let reply):
            Thread.sleep(forTimeInterval: seconds)
            answer(reply, on: connection)
        }
    }

    private func head(status: Int, headers: [String: String], length: Int) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Status \(status)")\r\n"
        text += "Content-Type: application/json\r\nContent-Length: \(length)\r\nConnection: close\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { text += "\(name): \(value)\r\n" }
        return Array((text + "\r\n").utf8)
    }

    private func send(_ bytes: [UInt8], on connection: Int32) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return }
            offset += count
        }
    }
}

extension Array where Element: Equatable {
    fileprivate func ends(with suffix: [Element]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
