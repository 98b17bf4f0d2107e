import DossierSite
import Foundation

/// The script that makes a served page reload after a good build and show a failed build's errors.
/// It is added to pages as they are served; the files in the output folder never contain it.
enum LiveReloadScript {
    /// Where the server answers with the script.
    static let scriptPath = "/__dossier/live.js"
    /// Where the script opens its WebSocket.
    static let socketPath = "/__dossier/live"
    /// The id of the error overlay, for styling and for the browser test.
    static let overlayID = "dossier-build-errors"

    /// Adds the script tag before the last `</body>` (or at the end), naming the build the page belongs to.
    static func inject(into page: Data, build: String) -> Data {
        let tag = Data("<script src=\"\(scriptPath)\" data-build=\"\(HTMLText.escape(build))\"></script>\n".utf8)
        var result = page
        if let closing = lastClosingBody(in: page) {
            result.insert(contentsOf: tag, at: closing)
        } else {
            result.append(tag)
        }
        return result
    }

    private static func lastClosingBody(in page: Data) -> Data.Index? {
        let needle = Array("</body".utf8)
        let bytes = Array(page)
        guard bytes.count >= needle.count else { return nil }
        for start in stride(from: bytes.count - needle.count, through: 0, by: -1) {
            var matches = true
            for (offset, expected) in needle.enumerated() where lowercased(bytes[start + offset]) != expected {
                matches = false
                break
            }
            if matches { return page.index(page.startIndex, offsetBy: start) }
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte + 32 : byte
    }

    /// The script itself. Errors are shown with `textContent`: diagnostics quote corpus text.
    static let source = """
    (function () {
      "use strict";
      var script = document.currentScript;
      var build = script ? script.getAttribute("data-build") : "";
      var overlayID = "\(overlayID)";
      var delay = 500;

      function hideErrors() {
        var overlay = document.getElementById(overlayID);
        if (overlay) { overlay.remove(); }
      }

      function showErrors(errors) {
        hideErrors();
        var overlay = document.createElement("div");
        overlay.id = overlayID;
        overlay.setAttribute("role", "alert");
        overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;" +
          "background:rgba(24,24,27,0.97);color:#fafafa;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;";
        var title = document.createElement("h2");
        title.textContent = "dossier: the build failed";
        title.style.cssText = "margin:0 0 0.5rem;padding:0;border:0;color:#fca5a5;font:bold 18px/1.3 system-ui,sans-serif;";
        var note = document.createElement("p");
        note.textContent = "The page shows the last good build. Fix the problems below and save: the page reloads by itself.";
        note.style.cssText = "margin:0 0 1rem;font-family:system-ui,sans-serif;";
        var list = document.createElement("pre");
        list.textContent = errors.join("\\n");
        list.style.cssText = "margin:0;white-space:pre-wrap;";
        var close = document.createElement("button");
        close.type = "button";
        close.textContent = "Hide";
        close.style.cssText = "position:absolute;top:1rem;right:1rem;";
        close.onclick = hideErrors;
        overlay.append(title, note, list, close);
        document.body.appendChild(overlay);
      }

      function connect() {
        var scheme = location.protocol === "https:" ? "wss://" : "ws://";
        var socket = new WebSocket(scheme + location.host + "\(socketPath)");
        socket.onopen = function () { delay = 500; };
        socket.onmessage = function (event) {
          var status = JSON.parse(event.data);
          if (status.errors && status.errors.length > 0) { showErrors(status.errors); return; }
          if (status.build !== build) { location.reload(); return; }
          hideErrors();
        };
        socket.onclose = function () {
          setTimeout(connect, delay);
          delay = Math.min(delay * 2, 5000);
        };
      }

      connect();
    })();

    """
}
