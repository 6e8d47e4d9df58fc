package server

import (
	"errors"
	"fmt"
	"html"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// pathVerdict says whether a request path may be looked up in the site.
type pathVerdict int

const (
	pathOK     pathVerdict = iota
	pathBad                // traversal tricks or bytes no site path has: 400
	pathHidden             // a dotfile or dot-folder: 404
)

// checkPath judges rel, the decoded URL path below the base. It refuses
// "." and ".." segments (also when they arrived encoded), backslashes,
// control characters such as NUL and any "%" left after decoding (double
// encoding), and hides segments starting with a dot.
func checkPath(rel string) pathVerdict {
	verdict := pathOK
	for seg := range strings.SplitSeq(rel, "/") {
		if seg == "." || seg == ".." || strings.ContainsFunc(seg, badRune) {
			return pathBad
		}
		if strings.HasPrefix(seg, ".") {
			verdict = pathHidden
		}
	}
	return verdict
}

// badRune reports characters that never appear in a site path.
func badRune(r rune) bool {
	return r == '\\' || r == '%' || r < 0x20 || r == 0x7f || r == '\uFFFD'
}

// siteName returns the file to open for rel and whether rel named a
// directory (trailing slash or the base itself).
func siteName(rel string) (name string, dir bool) {
	if rel == "" {
		return "index.html", true
	}
	if strings.HasSuffix(rel, "/") {
		return rel + "index.html", true
	}
	return rel, false
}

// serveSite answers a request for rel from the current site.
func (s *Server) serveSite(w http.ResponseWriter, r *http.Request, rel string) {
	site := s.currentSite() // one snapshot for the whole response
	switch checkPath(rel) {
	case pathBad:
		s.refuse(w, r, http.StatusBadRequest, "unsafe path", "bad path")
		return
	case pathHidden:
		s.notFound(w, r, site)
		return
	}
	if site.fsys == nil {
		s.servePlaceholder(w, r, site)
		return
	}
	name, dir := siteName(rel)
	if strings.HasPrefix(rel, "_tandem/") || !fs.ValidPath(name) {
		s.notFound(w, r, site)
		return
	}
	info, err := fs.Stat(site.fsys, name)
	switch {
	case err != nil:
		s.logOpenError(r, err)
		s.notFound(w, r, site)
	case info.IsDir() && !dir:
		s.redirect(w, r, s.base+rel+"/")
	case !info.Mode().IsRegular():
		s.notFound(w, r, site)
	default:
		s.serveFile(w, r, site, http.StatusOK, name)
	}
}

// logOpenError logs failures other than a missing file, such as a symlink
// pointing out of the site.
func (s *Server) logOpenError(r *http.Request, err error) {
	if !errors.Is(err, fs.ErrNotExist) {
		s.log.printf("404 %s %q: %v", r.Method, r.URL.Path, err)
	}
}

// serveFile writes the file name of site with status; it answers a plain
// 404 when the file cannot be read. HTML pages, which tandem renders and
// which are small, are read whole to add the live script; every other
// file is streamed (see streamFile), so a bundle's large photo costs a
// request no more memory than a small one.
func (s *Server) serveFile(w http.ResponseWriter, r *http.Request, site *siteVersion, status int, name string) {
	ctype := contentType(name)
	if !isHTML(ctype) {
		s.streamFile(w, r, site, status, name, ctype)
		return
	}
	data, err := fs.ReadFile(site.fsys, name)
	if err != nil {
		s.logOpenError(r, err)
		writePlain(w, r, http.StatusNotFound, "page not found")
		return
	}
	writeBody(w, r, status, ctype, injectScript(data, site.tag))
}

// notFound answers 404 with the site's 404.html when it has one.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request, site *siteVersion) {
	if site.fsys != nil {
		if info, err := fs.Stat(site.fsys, "404.html"); err == nil && info.Mode().IsRegular() {
			s.serveFile(w, r, site, http.StatusNotFound, "404.html")
			return
		}
	}
	writePlain(w, r, http.StatusNotFound, "page not found")
}

// redirect answers 301 to the slash form of a directory, keeping the query.
func (s *Server) redirect(w http.ResponseWriter, r *http.Request, to string) {
	u := url.URL{Path: to, RawQuery: r.URL.RawQuery}
	w.Header().Set("Location", u.String())
	writePlain(w, r, http.StatusMovedPermanently, "moved to "+u.String())
}

// placeholderPage is served while no build has succeeded yet. The meta
// element makes the live script reload it on any new build.
// It lists the problems itself too, for a client without the script.
// Its texts come in the server's language: lang, title, heading,
// paragraph and the list of problems fill it, escaped.
const placeholderPage = `<!doctype html>
<html lang="%s">
<head><meta charset="utf-8"><meta name="tandem-reload" content="always">
<title>%s</title></head>
<body><h1>%s</h1>
<p>%s</p>
%s</body>
</html>
`

// servePlaceholder answers 503 with a page that carries the live script,
// so the tab shows the problems of the failed first build.
func (s *Server) servePlaceholder(w http.ResponseWriter, r *http.Request, site *siteVersion) {
	var list strings.Builder
	if problems := s.problems.Load(); problems != nil {
		list.WriteString("<ul>\n")
		for _, p := range *problems {
			severity := ""
			if p.Severity == diag.Warning {
				severity = s.pr.Sprintf("warning") + ": "
			}
			fmt.Fprintf(&list, "<li><code>%s</code>: %s%s", html.EscapeString(p.Pos.String()), html.EscapeString(severity), html.EscapeString(p.Msg))
			if p.Hint != "" {
				fmt.Fprintf(&list, "<br>%s: %s", html.EscapeString(s.pr.Sprintf("hint")), html.EscapeString(p.Hint))
			}
			list.WriteString("</li>\n")
		}
		list.WriteString("</ul>\n")
	}
	page := fmt.Sprintf(placeholderPage, s.pr.Lang(), html.EscapeString(s.pr.Sprintf("tandem: no site yet")),
		html.EscapeString(s.pr.Sprintf("No site yet")),
		html.EscapeString(s.pr.Sprintf("The first build has not succeeded. Its problems are listed over this page; fix them and save, and this tab loads the site by itself.")),
		list.String())
	body := injectScript([]byte(page), site.tag)
	writeBody(w, r, http.StatusServiceUnavailable, "text/html; charset=utf-8", body)
}

// contentType returns the media type for a site file, by extension.
func contentType(name string) string {
	if path.Base(name) == "feed.xml" {
		return "application/atom+xml; charset=utf-8"
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm":
		return "text/html; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".js", ".mjs":
		return "text/javascript; charset=utf-8"
	case ".json":
		return "application/json"
	case ".xml":
		return "application/xml; charset=utf-8"
	case ".atom":
		return "application/atom+xml; charset=utf-8"
	case ".txt":
		return "text/plain; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	case ".png":
		return "image/png"
	case ".jpg", ".jpeg":
		return "image/jpeg"
	case ".webp":
		return "image/webp"
	case ".gif":
		return "image/gif"
	case ".ico":
		return "image/x-icon"
	case ".woff2":
		return "font/woff2"
	case ".pdf":
		return "application/pdf"
	}
	return "application/octet-stream"
}

// isHTML reports whether ctype is an HTML page.
func isHTML(ctype string) bool { return strings.HasPrefix(ctype, "text/html") }
