import Foundation

/// The preview's live reload: a script served from `/__dossier/live.js` and linked from every
/// HTML response while serving. It is a same-origin file, not inline code, because the pages'
/// Content-Security-Policy allows only `script-src 'self'`; and it is added to responses, never
/// to the site's files, so nothing of it can reach `site/`.
///
/// The script listens to `/__dossier/events` (server-sent events). Each event is the preview's
/// status: the site's version and the last build's errors. A new version reloads the page; errors
/// are drawn over the last good page (text only, through textContent, so nothing in a message can
/// become markup) until a build succeeds.
enum LiveReload {
    static let prefix = "/__dossier/"
    static let scriptPath = "/__dossier/live.js"
    static let eventsPath = "/__dossier/events"
    static let statusPath = "/__dossier/status.json"

    /// Adds the script tag before `</head>` (or `</body>`, or at the end), with the version the
    /// page was served at, so the script can tell whether a later build changed the site.
    static func inject(into html: Data, version: String) -> Data {
        let tag = Data("<script src=\"\(scriptPath)?v=\(version)\" defer></script>\n".utf8)
        for marker in ["</head>", "</body>"] {
            if let range = html.range(of: Data(marker.utf8)) {
                var result = html
                result.insert(contentsOf: tag, at: range.lowerBound)
                return result
            }
        }
        return html + tag
    }

    static let script = #"""
        // dossier serve: live reload and build errors. Served only by the preview, never part of site/.
        (function () {
          "use strict";
          var version = new URL(document.currentScript.src).searchParams.get("v");
          var overlay = null;

          function hide() {
            if (overlay) { overlay.remove(); overlay = null; }
          }

          function style(element, properties) {
            Object.keys(properties).forEach(function (name) { element.style[name] = properties[name]; });
          }

          function location(d) {
            return d.path + (d.line ? ":" + d.line + (d.column ? ":" + d.column : "") : "");
          }

          function show(errors) {
            hide();
            overlay = document.createElement("div");
            overlay.id = "dossier-build-errors";
            overlay.setAttribute("role", "alert");
            style(overlay, {
              position: "fixed", top: "0", left: "0", right: "0", bottom: "0", zIndex: "2147483647", overflow: "auto",
              background: "#18181b", color: "#fafafa", padding: "2rem",
              font: "15px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace"
            });
            var heading = document.createElement("h2");
            heading.textContent = "The build failed: this is the last good version of the page";
            style(heading, { color: "#fca5a5", font: "bold 1.2rem/1.3 system-ui, sans-serif", margin: "0 0 1rem" });
            overlay.appendChild(heading);
            errors.forEach(function (d) {
              var block = document.createElement("pre");
              style(block, { whiteSpace: "pre-wrap", margin: "0 0 1.25rem", font: "inherit" });
              var text = location(d) + ": " + d.severity + ": " + d.message;
              if (d.sourceLine) { text += "\n  " + d.line + " | " + d.sourceLine; }
              if (d.hint) { text += "\n  hint: " + d.hint; }
              block.textContent = text;
              overlay.appendChild(block);
            });
            var note = document.createElement("p");
            note.textContent = "Fix the file and save it: the page reloads when the build succeeds.";
            overlay.appendChild(note);
            var dismiss = document.createElement("button");
            dismiss.type = "button";
            dismiss.textContent = "Hide";
            dismiss.addEventListener("click", hide);
            overlay.appendChild(dismiss);
            document.body.appendChild(overlay);
          }

          function apply(status) {
            var errors = status.errors.filter(function (d) { return d.severity === "error"; });
            if (errors.length > 0) { show(errors); return; }
            hide();
            if (status.version !== version) { window.location.reload(); }
          }

          var events = new EventSource("/__dossier/events");
          events.onmessage = function (event) { apply(JSON.parse(event.data)); };
        })();

        """#
}
