package server

import (
	"encoding/json"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/messages"
)

// liveScript is served at {BasePath}_tandem/live.js and added to every HTML
// page. It finds the event stream next to its own URL, so it needs no
// settings, and it uses no inline code or markup, so a strict
// Content-Security-Policy ("default-src 'self'") lets it run. Problem text
// only ever reaches the page through textContent.
//
// Events: "reload" {"changed": [paths] | null} reloads the tab when its
// page is listed, when a listed path lies in a folder an element of the
// page names in data-tandem-reload (the search page reads the index's
// files below search/), or when everything changed, and otherwise removes the
// overlay; "problems" [...] shows the overlay, the errors counted in its
// title and listed first, then the warnings under a heading that counts
// them and says they do not stop the build (each marked, in amber); "warnings" [...], after a good
// build, shows a panel in a corner that leaves the page usable and can be
// dismissed; "ok" removes either. Every
// event's id is the build the server serves; the page carries the build
// it came from in data-build. When the state sent on connecting names
// another build, the page went stale while the stream was not open (it
// loaded just before a rebuild, or the server restarted), so it reloads.
const liveScript = `// tandem live reload: reloads this page after a rebuild and shows
// the problems of a failed build over it.
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me || typeof EventSource !== "function") { return; }
  var src = new URL(me.src, location.href);
  var base = src.pathname.replace(/_tandem\/live\.js$/, "");
  var always = document.querySelector('meta[name="tandem-reload"][content="always"]') !== null;
  var follows = Array.prototype.map.call(document.querySelectorAll("[data-tandem-reload]"), function (e) { return e.getAttribute("data-tandem-reload"); });
  var build = me.getAttribute("data-build");
  var overlay = null;
  var first = true;
  var words = /*words*/{};

  // followed reports whether a changed path lies in a folder the page
  // shows files of (data-tandem-reload="search/" on the search page).
  function followed(p) {
    return follows.some(function (f) { return f !== "" && p.indexOf(f) === 0; });
  }

  function pagePath() {
    var p = location.pathname;
    if (p.indexOf(base) === 0) { p = p.slice(base.length); }
    if (p === "" || p.charAt(p.length - 1) === "/") { p += "index.html"; }
    try { return decodeURIComponent(p); } catch (e) { return p; }
  }

  function el(tag, text, css) {
    var e = document.createElement(tag);
    if (text) { e.textContent = text; }
    if (css) { e.style.cssText = css; }
    return e;
  }

  function where(p) {
    var s = p.file || words.nofile;
    if (p.line) {
      s += ":" + p.line;
      if (p.column) { s += ":" + p.column; }
    }
    return s;
  }

  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function problem(p) {
    var warn = p.severity === "warning";
    var item = el("li", "", "margin:0 0 1.25rem" + (warn ? ";padding-left:.6rem;border-left:4px solid #f0b429" : ""));
    if (warn) { item.className = "tandem-warning"; }
    item.appendChild(el("code", where(p), "display:block;font:.95em/1.4 ui-monospace,monospace;color:" + (warn ? "#f0b429" : "#9fd3ff")));
    var what = (p.severity === "warning" ? words.warning + ": " : "") + p.message;
    if (p.code) { what += " [" + p.code + "]"; }
    item.appendChild(el("div", what, "margin:.25rem 0 0"));
    if (p.hint) { item.appendChild(el("div", words.hint + ": " + p.hint, "margin:.25rem 0 0;color:#c9ced8")); }
    return item;
  }

  function show(problems) {
    hide();
    var box = el("div", "", "position:fixed;inset:0;z-index:2147483647;overflow:auto;box-sizing:border-box;" +
      "margin:0;padding:2rem;background:#12151d;color:#eef0f4;font:16px/1.5 system-ui,sans-serif;text-align:left");
    box.id = "tandem-problems";
    box.setAttribute("role", "alertdialog");
    box.setAttribute("aria-modal", "true");
    box.setAttribute("aria-live", "assertive");
    box.setAttribute("aria-labelledby", "tandem-problems-title");
    var n = 0;
    for (var k = 0; k < problems.length; k++) { if (problems[k].severity !== "warning") { n++; } }
    var title = el("h2", n === 1 ? words.one : words.many.replace("{n}", String(n)),
      "margin:0 0 1rem;font-size:1.4rem;color:#ffa198");
    title.id = "tandem-problems-title";
    box.appendChild(title);
    var list = el("ol", "", "margin:0;padding:0 0 0 1.5rem");
    for (var i = 0; i < problems.length; i++) { if (problems[i].severity !== "warning") { list.appendChild(problem(problems[i])); } }
    box.appendChild(list);
    var w = problems.length - n;
    if (w > 0) { // the warnings after the errors, under a count of their own
      box.appendChild(el("h3", w === 1 ? words.alsoOne : words.alsoMany.replace("{n}", String(w)),
        "margin:1.5rem 0 1rem;font-size:1.1rem;color:#f0b429"));
      var rest = el("ol", "", "margin:0;padding:0 0 0 1.5rem");
      for (var j = 0; j < problems.length; j++) { if (problems[j].severity === "warning") { rest.appendChild(problem(problems[j])); } }
      box.appendChild(rest);
    }
    box.appendChild(el("p", words.fix,
      "color:#c9ced8"));
    var close = el("button", words.dismiss, "font:inherit;padding:.4rem 1rem;border:0;border-radius:4px;" +
      "background:#eef0f4;color:#12151d;cursor:pointer");
    close.type = "button";
    close.addEventListener("click", hide);
    box.addEventListener("keydown", function (e) { if (e.key === "Escape") { hide(); } });
    box.appendChild(close);
    (document.body || document.documentElement).appendChild(box);
    overlay = box;
    close.focus();
  }

  // showWarnings lists a good build's warnings in a panel in a corner:
  // the page stays usable, and Dismiss (or Escape) closes the panel.
  function showWarnings(warnings) {
    hide();
    var box = el("div", "", "position:fixed;right:1rem;bottom:1rem;z-index:2147483647;max-width:min(40rem,calc(100% - 2rem));" +
      "max-height:50vh;overflow:auto;box-sizing:border-box;margin:0;padding:1rem 1.25rem;border-left:6px solid #f0b429;" +
      "border-radius:4px;background:#2b2410;color:#fdf6e3;font:15px/1.5 system-ui,sans-serif;text-align:left;" +
      "box-shadow:0 .25rem 1rem rgba(0,0,0,.4)");
    box.id = "tandem-warnings";
    box.setAttribute("role", "status");
    box.setAttribute("aria-live", "polite");
    var n = warnings.length;
    box.appendChild(el("h2", n === 1 ? words.warnOne : words.warnMany.replace("{n}", String(n)),
      "margin:0 0 .75rem;font-size:1.1rem;color:#f0b429"));
    var list = el("ol", "", "margin:0;padding:0 0 0 1.5rem");
    for (var i = 0; i < n; i++) { list.appendChild(problem(warnings[i])); }
    box.appendChild(list);
    var close = el("button", words.dismiss, "font:inherit;padding:.3rem .9rem;border:0;border-radius:4px;" +
      "background:#fdf6e3;color:#2b2410;cursor:pointer");
    close.type = "button";
    close.addEventListener("click", hide);
    box.addEventListener("keydown", function (e) { if (e.key === "Escape") { hide(); } });
    box.appendChild(close);
    (document.body || document.documentElement).appendChild(box);
    overlay = box;
  }

  function reload(source) {
    source.close();
    location.reload();
  }

  // stale reports, for the first event after (re)connecting, whether the
  // server serves another build than the one this page came from.
  function stale(e) {
    var was = first;
    first = false;
    return was && build !== null && e.lastEventId !== "" && e.lastEventId !== build;
  }

  var source = new EventSource(new URL("events", src).href);
  source.addEventListener("open", function () { first = true; });
  source.addEventListener("ok", function (e) {
    if (stale(e)) { reload(source); return; }
    hide();
  });
  source.addEventListener("problems", function (e) {
    if (stale(e)) { reload(source); return; }
    show(JSON.parse(e.data));
  });
  source.addEventListener("warnings", function (e) {
    if (stale(e)) { reload(source); return; }
    showWarnings(JSON.parse(e.data));
  });
  source.addEventListener("reload", function (e) {
    first = false;
    var changed = JSON.parse(e.data).changed;
    if (always || changed === null || changed.indexOf(pagePath()) >= 0 || changed.some(followed)) {
      reload(source);
      return;
    }
    build = e.lastEventId;
    hide();
  });
})();
`

// scriptWords are the texts of the overlay in pr's language, as the
// JSON object the live script reads them from.
func scriptWords(pr messages.Printer) string {
	data, _ := json.Marshal(map[string]string{ // strings only: cannot fail
		"one":      pr.Sprintf("The site did not build: 1 problem"),
		"many":     pr.Sprintf("The site did not build: %s problems", "{n}"),
		"fix":      pr.Sprintf("Fix the files and save: this page updates by itself. It shows the last good build."),
		"dismiss":  pr.Sprintf("Dismiss"),
		"warnOne":  pr.Sprintf("The site built with 1 warning"),
		"warnMany": pr.Sprintf("The site built with %s warnings", "{n}"),
		"alsoOne":  pr.Sprintf("And 1 warning, which does not stop the build:"),
		"alsoMany": pr.Sprintf("And %s warnings, which do not stop the build:", "{n}"),
		"warning":  pr.Sprintf("warning"),
		"hint":     pr.Sprintf("hint"),
		"nofile":   pr.Sprintf("(no file)"),
	})
	return string(data)
}

// script returns the live script with the overlay's texts in pr's
// language.
func script(pr messages.Printer) []byte {
	return []byte(strings.Replace(liveScript, "/*words*/{}", scriptWords(pr), 1))
}
