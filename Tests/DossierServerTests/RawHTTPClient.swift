import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A response as it came off the wire.
struct RawResponse {
    var status: Int
    /// Header names lowercased.
    var headers: [String: String]
    var body: Data

    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A minimal HTTP/1.1 client over a plain socket: it sends the request target exactly as given
/// (URLSession and curl would normalize `..` away), reads until the server closes, and gives up after 5 s.
struct RawHTTPClient {
    let port: Int

    /// With `headersOnly`, returns as soon as the headers are in (for a WebSocket upgrade, which stays open).
    func request(_ target: String, method: String = "GET", headers: [String: String] = [:], headersOnly: Bool = false) async throws -> RawResponse {
        var lines = ["\(method) \(target) HTTP/1.1"]
        if headers["Host"] == nil { lines.append("Host: 127.0.0.1:\(port)") }
        if headers["Connection"] == nil { lines.append("Connection: close") }
        lines += headers.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        let raw = Data((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
        // Blocking socket calls run on a thread of their own: neither the cooperative pool the server needs
        // nor GCD's global queues, which on Linux stop at one thread per core when their threads block.
        return try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try Self.exchange(raw, port: port, headersOnly: headersOnly) })
            }.start()
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// How long a request may wait for the server's answer. A server that never answers still fails the test; the wait
    /// is long because the whole suite runs its tests side by side on the machine's cores, and on a fresh clone's first
    /// run (nothing in the page cache yet) a `serve` test's request once took more than 5 s to be answered.
    static let answerSeconds = 30

    private static func exchange(_ request: Data, port: Int, headersOnly: Bool) throws -> RawResponse {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket() failed") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: answerSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect() to port \(port) failed") }
        let sent = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard sent == request.count else { throw Failure(description: "send() failed") }
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0 { throw Failure(description: "no answer within \(answerSeconds) s") }
            if count == 0 { break }
            received.append(contentsOf: buffer[0..<count])
            if headersOnly && received.range(of: Data("\r\n\r\n".utf8)) != nil { break }
        }
        return try parse(received)
    }

    private static func parse(_ data: Data) throws -> RawResponse {
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { throw Failure(description: "no header end in \(data.count) bytes") }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(description: "bad status line \(head[0])") }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return RawResponse(status: status, headers: headers, body: Data(data[end.upperBound...]))
    }
}
