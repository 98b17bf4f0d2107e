import FlyingFox
import Foundation

/// Every request to `dossier serve`: the live-reload script and socket under `/__dossier/`, the site for the rest.
struct ServeHandler: HTTPHandler {
    let site: SiteFileHandler
    let liveReload: LiveReload?
    let hostCheck: HostCheck

    init(root: URL, liveReload: LiveReload?, hostCheck: HostCheck = HostCheck(listeningOn: "127.0.0.1")) {
        self.site = SiteFileHandler(root: root, liveReload: liveReload)
        self.liveReload = liveReload
        self.hostCheck = hostCheck
    }

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard hostCheck.accepts(request.headers[.host]) else {
            return HTTPResponse(statusCode: .forbidden, headers: HTTPHeaders([.contentType: "text/plain; charset=utf-8"]),
                                body: Data("forbidden: this server answers only to localhost (use http://127.0.0.1:PORT/)\n".utf8))
        }
        let path = request.target.path()
        if let liveReload, path == LiveReloadScript.socketPath {
            // WebSockets ignore the same-origin policy: without this, any site open in the browser could listen in.
            guard Self.isSameOrigin(request) else {
                return HTTPResponse(statusCode: .forbidden, headers: HTTPHeaders([.contentType: "text/plain; charset=utf-8"]),
                                    body: Data("forbidden: the live-reload socket is for pages of this server\n".utf8))
            }
            return try await WebSocketHTTPHandler.webSocket(LiveReloadSocket(liveReload: liveReload)).handleRequest(request)
        }
        if liveReload != nil, path == LiveReloadScript.scriptPath, request.method == .GET || request.method == .HEAD {
            let body = Data(LiveReloadScript.source.utf8)
            return HTTPResponse(
                statusCode: .ok,
                headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-cache", .contentLength: String(body.count)],
                body: request.method == .HEAD ? Data() : body)
        }
        return try await site.handleRequest(request)
    }

    /// True when the request has no `Origin` (not from a page) or comes from a page served by this server.
    static func isSameOrigin(_ request: HTTPRequest) -> Bool {
        guard let origin = request.headers[HTTPHeader("Origin")] else { return true }
        guard let host = request.headers[.host] else { return false }
        return origin.lowercased() == "http://\(host)".lowercased()
    }
}
