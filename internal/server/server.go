package server

import (
	"cmp"
	"fmt"
	"html"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// DefaultHeartbeat is the interval between keep-alive comments on an event
// stream when Options.Heartbeat is zero.
const DefaultHeartbeat = 15 * time.Second

// DefaultMaxClients bounds the open event streams when Options.MaxClients is
// zero.
const DefaultMaxClients = 256

// Options configures a Server.
type Options struct {
	// BasePath is the URL path the site is served below, such as
	// "/mentoring/". Empty means "/". Missing slashes are added.
	BasePath string
	// Hosts lists the host names (any port) a request may name in its Host
	// header, such as "127.0.0.1", "localhost" and "[::1]". Other names get
	// 403, which defeats DNS rebinding. Empty allows every name; use that
	// only when serving on another address on purpose.
	Hosts []string
	// Log receives one line for each refused or failed request. Nil
	// discards them.
	Log io.Writer
	// Heartbeat is the interval between keep-alive comments on an event
	// stream. Zero means DefaultHeartbeat.
	Heartbeat time.Duration
	// MaxClients bounds the number of open event streams; more get 503.
	// Zero means DefaultMaxClients.
	MaxClients int
}

// Update is the outcome of one build, handed to Publish.
type Update struct {
	// Site is the built site. It is ignored when Problems is not empty,
	// and may be nil then: the server keeps serving the last good site.
	Site fs.FS
	// Problems are the errors of the build; empty means it succeeded.
	Problems []diag.Problem
	// Changed lists the site paths of the pages that changed, such as
	// "posts/x/index.html". Nil means everything changed.
	Changed []string
}

// Server serves the last good site and tells open tabs about new builds.
// It is safe for concurrent use.
type Server struct {
	base      string // decoded URL path, "/" or "/x/"
	scriptTag []byte // the <script> element added to HTML pages
	hosts     map[string]bool
	heartbeat time.Duration
	log       *logger
	site      atomic.Pointer[siteVersion]
	hub       *hub
}

// siteVersion boxes one published site so it can be swapped atomically.
type siteVersion struct{ fsys fs.FS }

// New returns a Server with no site yet: until the first good Publish it
// answers every page with a placeholder that still shows build problems.
func New(opts Options) *Server {
	base := cleanBase(opts.BasePath)
	src := (&url.URL{Path: base + "_tandem/live.js"}).EscapedPath()
	s := &Server{
		base:      base,
		scriptTag: []byte(`<script src="` + html.EscapeString(src) + `" defer></script>`),
		hosts:     hostSet(opts.Hosts),
		heartbeat: cmp.Or(max(opts.Heartbeat, 0), DefaultHeartbeat),
		log:       &logger{w: opts.Log},
		hub:       newHub(cmp.Or(max(opts.MaxClients, 0), DefaultMaxClients)),
	}
	return s
}

// cleanBase turns a configured base path into "/" or "/a/b/".
func cleanBase(p string) string {
	p = path.Clean("/" + strings.Trim(p, "/"))
	if p == "/" {
		return p
	}
	return p + "/"
}

// Handler returns the HTTP handler serving the site, the live-reload
// script and the event stream.
func (s *Server) Handler() http.Handler { return http.HandlerFunc(s.serveHTTP) }

// Publish hands the server the result of a build. A build without problems
// replaces the site (when Site is not nil) and tells tabs to reload the
// changed pages; a build with problems keeps the last good site and shows
// the problems in every open tab.
func (s *Server) Publish(u Update) {
	if len(u.Problems) > 0 {
		msg := problemsMessage(u.Problems)
		s.hub.publish(msg, msg)
		return
	}
	if u.Site != nil {
		s.site.Store(&siteVersion{fsys: u.Site})
	}
	s.hub.publish([]byte(okMessage), reloadMessage(u.Changed))
}

// Close ends every open event stream and refuses new ones, so that
// http.Server.Shutdown can finish. Register it with
// http.Server.RegisterOnShutdown. It is safe to call more than once.
func (s *Server) Close() { s.hub.close() }

// currentSite returns the last good site, or nil before the first one.
func (s *Server) currentSite() fs.FS {
	if v := s.site.Load(); v != nil {
		return v.fsys
	}
	return nil
}

// serveHTTP checks the request, then routes it to the live-reload
// endpoints or the site.
func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "no-referrer")
	if !s.hostAllowed(r.Host) {
		s.refuse(w, r, http.StatusForbidden, fmt.Sprintf("host %q not allowed", r.Host),
			"this development server only answers to its own address")
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		s.refuse(w, r, http.StatusMethodNotAllowed, "method "+r.Method, "only GET and HEAD are allowed")
		return
	}
	rel, ok := strings.CutPrefix(r.URL.Path, s.base)
	if !ok {
		if r.URL.Path+"/" == s.base {
			s.redirect(w, r, s.base)
			return
		}
		s.notFound(w, r, nil)
		return
	}
	switch rel {
	case "_tandem/live.js":
		s.serveScript(w, r)
	case "_tandem/events":
		s.serveEvents(w, r)
	default:
		s.serveSite(w, r, rel)
	}
}

// refuse answers with status and a short plain-text reason, and logs why.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, status int, why, reason string) {
	s.log.printf("%d %s %q: %s", status, r.Method, r.URL.Path, why)
	writePlain(w, r, status, reason)
}

// writePlain writes a short plain-text response.
func writePlain(w http.ResponseWriter, r *http.Request, status int, text string) {
	body := []byte(fmt.Sprintf("%d %s: %s\n", status, http.StatusText(status), text))
	writeBody(w, r, status, "text/plain; charset=utf-8", body)
}

// writeBody writes a complete response with its length; HEAD gets the
// headers only.
func writeBody(w http.ResponseWriter, r *http.Request, status int, ctype string, body []byte) {
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Length", fmt.Sprint(len(body)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body) // the client went away; nothing to do
	}
}

// logger writes one line per event to an optional writer, one at a time.
type logger struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *logger) printf(format string, args ...any) {
	if l.w == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(l.w, "serve: "+format+"\n", args...)
}
