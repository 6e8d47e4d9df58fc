package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/folder"
	"github.com/tandem-mentoring/tandem/internal/history"
	"github.com/tandem-mentoring/tandem/internal/messages"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/publish"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/server"
	"github.com/tandem-mentoring/tandem/internal/watch"
)

// serveOptions are the flags of tandem serve.
type serveOptions struct {
	source, dest, bind string
	port               int
	production         bool
	now                time.Time
	// clock gives the time of each rebuild when --now is not given.
	clock   func() time.Time
	baseURL string // --base-url, or "" for programme.yaml's
	trust   review.Trust
	timings bool // --timings: a line of stages after each rebuild
	// history are --no-history and --history-cache: with --production the
	// posts' git history is read when serve starts, as tandem build reads
	// it, so a superseded approval is held back here too.
	history historyFlags
}

func runServe(e env, args []string) int {
	fs := newFlags(e, "serve", "serve [-s DIR] [--bind ADDR] [--port N] [--production] [--now TIME] [--base-url URL] [-d DIR] [--timings] [--allowed-signers FILE] [--require-signed] [--allow-static-html] [--allow-server-config] [--no-history] [--history-cache DIR]")
	source := sourceFlag(fs)
	dest := fs.String("destination", "", "where the served site is written (default <source>/.tandem/preview, or …/production)")
	fs.StringVar(dest, "d", "", "short for --destination")
	bind := fs.String("bind", "127.0.0.1", "the address to listen on; only loopback unless you say otherwise")
	port := fs.Int("port", 1414, "the port to listen on (0 picks a free one)")
	production := fs.Bool("production", false, "show exactly what tandem build would publish, instead of the preview")
	nowText := fs.String("now", "", "the time that decides which posts are due (default: now)")
	base := baseURLFlag(fs)
	timings := fs.Bool("timings", false, "also print how long each stage took")
	trustOpts := addTrustFlags(fs)
	hist := addHistoryFlags(fs)
	if ok, code := parse(e, fs, args); !ok {
		return code
	}
	e = e.inSite(*source)
	if fs.NArg() > 0 {
		e.say(e.stderr, diag.T("tandem %s: unexpected argument %q", "serve", fs.Arg(0)))
		return exitUsage
	}
	now, err := nowFlag(*nowText, time.Now)
	if err != nil {
		fmt.Fprintf(e.stderr, "tandem serve: %s\n", e.explain(err))
		return exitUsage
	}
	trust, err := trustOpts.trust(e)
	if err != nil {
		fmt.Fprintf(e.stderr, "tandem serve: %s\n", e.explain(err))
		return exitUsage
	}
	if *base, err = baseURL(*base); err != nil {
		fmt.Fprintf(e.stderr, "tandem serve: %s\n", e.explain(err))
		return exitUsage
	}
	o := serveOptions{source: *source, bind: *bind, port: *port, production: *production, now: now, trust: trust, baseURL: *base, timings: *timings, history: hist}
	if strings.TrimSpace(*nowText) == "" {
		o.clock = time.Now
	}
	mode := "preview"
	if o.production {
		mode = "production"
	}
	if o.dest, err = publish.OutputFolder(o.source, *dest, filepath.Join(".tandem", mode)); err != nil {
		fmt.Fprintf(e.stderr, "tandem serve: %s\n", e.explain(err))
		return exitUsage
	}
	if err := serve(e, o); err != nil {
		fmt.Fprintf(e.stderr, "tandem serve: %s\n", e.explain(err))
		return exitContent
	}
	return exitOK
}

// session is one run of tandem serve: the compiler with its caches, the last
// good build (which the output folder holds once written) and the server.
type session struct {
	e        env
	o        serveOptions
	root     *folder.Folder
	compiler *build.Compiler
	last     *build.Compiled
	// stale is true when the output folder may not hold last (its
	// writing failed): the next rebuild writes it whole.
	stale bool
	// written is the folder serve's last whole write swapped in
	// (publish.Stats.Folder), which a build writing it too replaces; serve
	// patches the output folder only while it is this one (writeOut).
	written os.FileInfo
	srv     *server.Server
	// failed holds the problems of a failed first build, for the server.
	failed diag.List
	// warnings are the last build's warnings, which the browser shows.
	warnings []diag.Problem
	// findings are check's findings in the posts so far (serve_images.go).
	findings postFindings
	// update runs the compiler for a rebuild (compiler.UpdateContext;
	// tests put a stand-in here).
	update func(ctx context.Context, paths []string) (*build.Compiled, diag.List)
}

func serve(e env, o serveOptions) error {
	e.catalog = messages.New() // a save prints a line or more: no catalog each time
	root, err := folder.Open(o.source)
	if err != nil {
		return diag.Fail(diag.T("cannot open the site folder: %v", err), err)
	}
	defer root.Close()
	cache := imageCache(e, o.source)
	defer cache.Close()
	var past *history.Reading // the preview shows every post: no history needed
	if o.production {
		var stop func()
		past, stop = startHistory(e, o.source, o.history)
		defer stop()
	}
	s := &session{e: e, o: o, root: root,
		compiler: build.NewCompiler(root.FS(), build.Options{Preview: !o.production, Now: o.now, Clock: o.clock, Trust: o.trust, Context: e.ctx, BaseURL: o.baseURL, ImageCache: cache,
			History: past, Changes: previewChanges(e, o.source, !o.production, nil, historyCache(e, ""))})}
	s.update = s.compiler.UpdateContext
	basePath := s.firstBuild()
	if e.interrupted() { // Ctrl-C during the first build: nothing to serve
		e.say(e.stdout, diag.T("Stopped."))
		return nil
	}
	s.srv = server.New(server.Options{BasePath: basePath, Hosts: allowedHosts(o.bind), Log: e.stderr,
		Messages: e.catalog.Printer(s.language())})
	s.publish(nil)
	if s.last == nil && len(s.failed) > 0 { // the page before the first good build lists them
		s.srv.Publish(server.Update{Problems: errorsOnly(s.failed), Warnings: s.warnings})
	}
	w, err := watch.New(o.source)
	if err != nil {
		return diag.Fail(diag.T("cannot watch %s: %v", o.source, err), err)
	}
	defer w.Close()
	ln, err := listen(o.bind, o.port)
	if err != nil {
		return err
	}
	httpSrv := &http.Server{Handler: s.srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
	httpSrv.RegisterOnShutdown(s.srv.Close)
	served := make(chan error, 1)
	go func() { served <- httpSrv.Serve(ln) }()
	e.say(e.stdout, diag.T("Serving %s at http://%s%s — press Ctrl-C to stop", s.mode(), ln.Addr(), basePath))
	for {
		select {
		case b := <-w.Batches():
			s.rebuild(b, w.Batches())
		case err := <-w.Errors():
			e.say(e.stderr, diag.T("tandem serve: cannot watch the files: %v", err))
		case err := <-served:
			return err
		case <-e.ctx.Done():
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
			defer cancel()
			_ = httpSrv.Shutdown(ctx)
			e.say(e.stdout, diag.T("Stopped."))
			return nil
		}
	}
}

func (s *session) mode() diag.Text {
	if s.o.production {
		return diag.T("the production site")
	}
	return diag.T("the preview")
}

// firstBuild compiles and writes the whole site and returns its base
// path. A site with errors still gets a server, which shows them.
func (s *session) firstBuild() string {
	start := time.Now()
	compiled, problems := s.compiler.Compile()
	problems = s.withFindings(compiled, problems, nil)
	if s.e.interrupted() {
		return ""
	}
	printProblems(s.e, below(s.o.source, problems))
	s.warnings = warningsOnly(problems)
	if compiled == nil {
		s.e.say(s.e.stderr, diag.T("The site has errors; fix them and save, the page reloads by itself."))
		s.failed = problems
		return s.basePath()
	}
	var st publish.Stats
	err := takeTurns(s.e, s.o.dest, func() error {
		var err error
		st, err = publish.Write(s.o.dest, s.root.FS(), compiled.Result.Outputs, compiled.Copies())
		s.written = st.Folder
		return err
	})
	if err != nil {
		s.e.say(s.e.stderr, diag.T("tandem serve: writing %s failed: %s", s.o.dest, s.e.explain(err)))
		return compiled.Site.BasePath
	}
	s.last = compiled
	s.e.say(s.e.stdout, diag.T("Built %d pages in %s", st.Pages, time.Since(start).Round(time.Millisecond)))
	return compiled.Site.BasePath
}

// basePath reads the path of base_url from programme.yaml (or
// --base-url), so the server listens where the site will be even when the
// first build fails.
func (s *session) basePath() string {
	base := s.o.baseURL
	if base == "" {
		prog, _ := programme.Load(s.root.FS())
		base = prog.BaseURL
	}
	if u, err := url.Parse(base); err == nil && strings.HasPrefix(u.Path, "/") {
		return u.Path
	}
	return "/"
}

// language reads the site's language from programme.yaml: the browser
// shows the overlay and the page before the first build in it, as it
// shows the pages. It is read once, when serve starts.
func (s *session) language() string {
	prog, _ := programme.Load(s.root.FS())
	return prog.Language
}

// publish hands the last good build to the server, as a snapshot
// (build.Compiled.FS) served from memory and the site's files, not from
// the output folder. reload lists the pages open tabs reload, nil for
// all.
func (s *session) publish(reload []string) {
	if s.last == nil {
		return
	}
	s.srv.Publish(server.Update{Site: s.last.FS(s.root.FS()), Changed: reload, Warnings: s.warnings})
}

// allowedHosts returns the Host names the server accepts: the loopback
// names when bound to loopback, anything otherwise.
func allowedHosts(bind string) []string {
	ip := net.ParseIP(bind)
	if bind == "localhost" || (ip != nil && ip.IsLoopback()) {
		return []string{"localhost", "127.0.0.1", "[::1]", "::1"}
	}
	return nil
}

// listen opens the port, trying the next ones when it is taken.
func listen(bind string, port int) (net.Listener, error) {
	var lastErr error
	for i := 0; i < 10; i++ {
		p := port
		if port != 0 {
			p = port + i
		}
		ln, err := net.Listen("tcp", net.JoinHostPort(bind, strconv.Itoa(p)))
		if err == nil {
			return ln, nil
		}
		lastErr = err
		if port == 0 || !errors.Is(err, syscall.EADDRINUSE) {
			break
		}
	}
	return nil, diag.Fail(diag.T("cannot listen on %s: %v", bind, lastErr), lastErr)
}
