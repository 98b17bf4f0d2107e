import FlyingFox
import Foundation

/// Every request to `dossier serve`: the live-reload script and socket under `/__dossier/`, the site for the rest.
struct ServeHandler: HTTPHandler {
    let site: SiteFileHandler
    let liveReload: LiveReload?

    init(root: URL, liveReload: LiveReload?) {
        self.site = SiteFileHandler(root: root, liveReload: liveReload)
        self.liveReload = liveReload
    }

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let path = request.target.path()
        if let liveReload, path == LiveReloadScript.socketPath {
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
}
