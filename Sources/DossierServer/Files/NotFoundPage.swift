import DossierSite
import Foundation

/// The built-in page for a path the site does not have (a site with its own `404.html` gets that instead).
enum NotFoundPage {
    static func html(for path: String) -> Data {
        Data("""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Not found · dossier serve</title>
        <style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#18181b}code{background:#f4f4f5;padding:0 .25rem}</style>
        </head>
        <body>
        <h1>Not found</h1>
        <p>The site has no page at <code>\(HTMLText.escape(path))</code>.</p>
        <p><a href="/">Go to the front page</a></p>
        </body>
        </html>

        """.utf8)
    }
}
