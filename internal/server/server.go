package server

import (
	"cmp"
	"crypto/rand"
	"encoding/hex"
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
	"github.com/tandem-mentoring/tandem/internal/messages"
)

// DefaultHeartbeat is the interval between keep-alive comments on an event
// stream when Options.Heartbeat is zero.
const DefaultHeartbeat = 15 * time.Second

// DefaultMaxClients bounds the open event streams when Options.MaxClients is
// zero.
const DefaultMaxClients = 256

// DefaultMaxRequests bounds the requests for pages and files served at
// once when Options.MaxRequests is zero.
const DefaultMaxRequests = 64

// DefaultRequestWait is how long a request waits for its turn when
// Options.RequestWait is zero.
const DefaultRequestWait = 10 * time.Second

// Options configures a Server.
type Options struct {
	// Messages prints the server's own texts (the error overlay, the page
	// before the first good build) and the problems it shows, in the
	// site's language. The zero Printer prints English.
	Messages messages.Printer
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
	// MaxRequests bounds the requests for pages and files served at once
	// (the event streams have MaxClients); more wait for their turn.
	// Zero means DefaultMaxRequests.
	MaxRequests int
	// RequestWait is how long a request waits for its turn before it gets
	// 503 with Retry-After. Zero means DefaultRequestWait.
	RequestWait time.Duration
}

// Update is the outcome of one build, handed to Publish.
type Update struct {
	// Site is the built site. It is ignored when Problems is not empty,
	// and may be nil then: the server keeps serving the last good site.
	Site fs.FS
	// Problems are the errors of the build; empty means it succeeded.
	Problems []diag.Problem
	// Warnings are the build's warnings. With Problems they are listed
	// after the errors in the overlay; after a good build a tab shows
	// them in a panel of their own, which the author can dismiss.
	Warnings []diag.Problem
	// Changed lists the site paths of the pages that changed, such as
	// "posts/x/index.html". Nil means everything changed.
	Changed []string
}

// Server serves the last good site and tells open tabs about new builds.
// It is safe for concurrent use.
type Server struct {
	base      string // decoded URL path, "/" or "/x/"
	scriptSrc string // URL of the live script, escaped for an attribute
	hosts     map[string]bool
	heartbeat time.Duration
	log       *logger
	nonce     string
	site      atomic.Pointer[siteVersion] // never nil
	hub       *hub
	turns     *turns // for pages and files
	// problems are the last failed build's errors, which the placeholder
	// lists for a client without the live script; nil after a good one.
	problems atomic.Pointer[[]diag.Problem]
	pr       messages.Printer
	script   []byte // the live script, with the overlay's texts in pr's language
}

// siteVersion is one published site, swapped atomically as a whole. Its
// build id goes into every page served from it and into every event, so
// a tab that connects late can tell whether its page is stale.
type siteVersion struct {
	fsys fs.FS  // nil before the first good build
	n    int    // counts good builds
	id   string // "<server nonce>-<n>": unique across server restarts
	tag  []byte // the script element added to its HTML pages
}

// New returns a Server with no site yet: until the first good Publish it
// answers every page with a placeholder that still shows build problems.
func New(opts Options) *Server {
	base := cleanBase(opts.BasePath)
	src := (&url.URL{Path: base + "_tandem/live.js"}).EscapedPath()
	s := &Server{
		base:      base,
		scriptSrc: html.EscapeString(src),
		hosts:     hostSet(opts.Hosts),
		heartbeat: cmp.Or(max(opts.Heartbeat, 0), DefaultHeartbeat),
		log:       &logger{w: opts.Log},
		hub:       newHub(cmp.Or(max(opts.MaxClients, 0), DefaultMaxClients)),
		turns:     newTurns(cmp.Or(max(opts.MaxRequests, 0), DefaultMaxRequests), cmp.Or(max(opts.RequestWait, 0), DefaultRequestWait)),
		nonce:     newNonce(),
		pr:        opts.Messages,
		script:    script(opts.Messages),
	}
	first := s.version(nil, 0)
	s.site.Store(first)
	s.hub.state = okMessage(first.id)
	return s
}

// newNonce returns a random word that tells this server's builds apart
// from those of an earlier run.
func newNonce() string {
	var b [6]byte
	_, _ = rand.Read(b[:]) // never fails on supported platforms
	return hex.EncodeToString(b[:])
}

// version makes the siteVersion of build n.
func (s *Server) version(fsys fs.FS, n int) *siteVersion {
	id := fmt.Sprintf("%s-%d", s.nonce, n)
	tag := `<script src="` + s.scriptSrc + `" data-build="` + id + `" defer></script>`
	return &siteVersion{fsys: fsys, n: n, id: id, tag: []byte(tag)}
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
// changed pages, and to show its warnings, if any; a build with problems
// keeps the last good site and shows the problems, then the warnings, in
// every open tab.
func (s *Server) Publish(u Update) {
	// The swap happens under the hub's lock, so a stream that joins sees
	// the state of the site its page came from or of a newer one.
	s.hub.publish(func() (state, msg []byte) {
		cur := s.site.Load()
		warnings := []diag.Problem(diag.List(u.Warnings).In(s.pr))
		if len(u.Problems) > 0 {
			problems := append([]diag.Problem(diag.List(u.Problems).In(s.pr)), warnings...) // errors first
			s.problems.Store(&problems)
			msg := problemsMessage(cur.id, problems)
			return msg, msg
		}
		s.problems.Store(nil)
		if u.Site != nil {
			cur = s.version(u.Site, cur.n+1)
			s.site.Store(cur)
		}
		if len(warnings) > 0 { // a tab that does not reload shows them at once; one that does, on connecting
			state := warningsMessage(cur.id, warnings)
			return state, append(reloadMessage(cur.id, u.Changed), state...)
		}
		return okMessage(cur.id), reloadMessage(cur.id, u.Changed)
	})
}

// Close ends every open event stream and refuses new ones, so that
// http.Server.Shutdown can finish. Register it with
// http.Server.RegisterOnShutdown. It is safe to call more than once.
func (s *Server) Close() { s.hub.close() }

// currentSite returns the last good site; its fsys is nil before the
// first one.
func (s *Server) currentSite() *siteVersion { return s.site.Load() }

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
		writePlain(w, r, http.StatusNotFound, "page not found (outside "+s.base+")")
		return
	}
	switch rel {
	case "_tandem/live.js":
		s.serveScript(w, r)
	case "_tandem/events":
		s.serveEvents(w, r)
	default:
		if !s.turns.take(r) {
			w.Header().Set("Retry-After", "1")
			s.refuse(w, r, http.StatusServiceUnavailable, "too many requests at once", "the server is busy; try again in a moment")
			return
		}
		defer s.turns.give()
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
