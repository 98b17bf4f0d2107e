import FlyingFox
import Foundation

/// Answers GET and HEAD from the output folder: safe paths only, content types, `ETag`/304,
/// `index.html` for folders, a 404 page. Pages get the live-reload script when `liveReload` is set.
struct SiteFileHandler: HTTPHandler {
    let folder: ServedFolder
    let liveReload: LiveReload?

    init(root: URL, liveReload: LiveReload?) {
        self.folder = ServedFolder(root: root)
        self.liveReload = liveReload
    }

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: HTTPHeaders([HTTPHeader("Allow"): "GET, HEAD"]), body: Data())
        }
        let path: RequestPath
        do {
            path = try RequestPath(percentEncoded: request.target.path())
        } catch .malformed {
            return plain(.badRequest, "bad request: the path is not valid percent-encoded UTF-8\n", for: request)
        } catch {
            return plain(.forbidden, "forbidden: the path leaves the site folder or hides its meaning\n", for: request)
        }
        switch folder.resolve(path) {
        case .file(let realPath):
            guard let data = folder.contents(of: realPath) else { return notFound(request) }
            return file(data, named: realPath, for: request)
        case .folderWithoutSlash:
            return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: path.folderLocation]), body: Data())
        case .notFound:
            return notFound(request)
        case .outside:
            return plain(.forbidden, "forbidden: the path leads outside the site folder\n", for: request)
        }
    }

    private func file(_ data: Data, named name: String, for request: HTTPRequest, status: HTTPStatusCode = .ok) -> HTTPResponse {
        let isPage = ContentType.isHTML(name)
        let body = isPage ? decorate(data) : data
        let tag = EntityTag(of: body)
        var headers: HTTPHeaders = [
            .contentType: ContentType.forFile(named: name),
            .cacheControl: "no-cache",
            HTTPHeader("X-Content-Type-Options"): "nosniff",
        ]
        if status == .ok {
            headers[.eTag] = tag.value
            if tag.isMatched(by: request.headers[.ifNoneMatch]) {
                headers[.contentLength] = String(body.count)
                return HTTPResponse(statusCode: .notModified, headers: headers)
            }
        }
        return response(status, headers: headers, body: body, for: request)
    }

    private func notFound(_ request: HTTPRequest) -> HTTPResponse {
        if case .file(let realPath) = folder.resolve(Self.customNotFound), let data = folder.contents(of: realPath) {
            return file(data, named: realPath, for: request, status: .notFound)
        }
        let target = request.target.path(percentEncoded: false)
        return file(NotFoundPage.html(for: target), named: "404.html", for: request, status: .notFound)
    }

    private func decorate(_ page: Data) -> Data {
        guard let liveReload else { return page }
        return LiveReloadScript.inject(into: page, build: liveReload.current.build)
    }

    private func plain(_ status: HTTPStatusCode, _ text: String, for request: HTTPRequest) -> HTTPResponse {
        response(status, headers: [.contentType: "text/plain; charset=utf-8", HTTPHeader("X-Content-Type-Options"): "nosniff"],
                 body: Data(text.utf8), for: request)
    }

    /// HEAD gets the headers GET would, with no body.
    private func response(_ status: HTTPStatusCode, headers: HTTPHeaders, body: Data, for request: HTTPRequest) -> HTTPResponse {
        var headers = headers
        headers[.contentLength] = String(body.count)
        return HTTPResponse(statusCode: status, headers: headers, body: request.method == .HEAD ? Data() : body)
    }

    private static let customNotFound: RequestPath = {
        guard let path = try? RequestPath(percentEncoded: "/404.html") else { preconditionFailure("a constant path") }
        return path
    }()
}
