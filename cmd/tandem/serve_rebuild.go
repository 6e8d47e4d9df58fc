package main

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/server"
	"github.com/tandem-mentoring/tandem/internal/watch"
)

// rebuild reacts to one batch of changed files: compile what changed,
// write what differs, tell the browser, and print one line. A newer
// batch that comes while it compiles supersedes it (see compile); Ctrl-C
// stops it. The reload goes out with the missing images found before;
// the check of the saved posts for them follows it (withImages), and
// its warnings go out after.
func (s *session) rebuild(b watch.Batch, newer <-chan watch.Batch) {
	next, problems, paths := s.compile(b, newer)
	if s.e.interrupted() {
		return // stopped part way; serve stops next
	}
	if next == nil {
		printProblems(s.e, below(s.o.source, problems))
		s.warnings = warningsOnly(problems)
		s.srv.Publish(server.Update{Problems: errorsOnly(problems), Warnings: s.warnings})
		s.e.say(s.e.stdout, diag.T("%s  %s: errors, still serving the last good build", clock(), describe(paths)))
		return
	}
	ch, changed, incremental := s.writeOut(next, paths)
	reloadAll := !incremental || touchesShared(paths)
	s.last = next
	reload := changed
	if reloadAll {
		reload = nil
	}
	s.warnings = warningsOnly(s.images.with(problems))
	s.publish(ch, reload, incremental)
	took := time.Since(b.FirstEvent)
	problems = s.withImages(next, problems, paths)
	printProblems(s.e, below(s.o.source, problems))
	s.warnings = warningsOnly(problems)
	s.srv.Warn(s.warnings)
	s.e.say(s.e.stdout, diag.T("%s  %s → %s in %s", clock(), describe(paths), rebuilt(reload, reloadAll),
		took.Round(100*time.Microsecond)))
}

// compile runs the compiler over the paths of b on a goroutine of its
// own, and meanwhile takes a newer batch from the watcher: that batch
// supersedes the run, which is stopped, and the compiler runs again over
// everything (a stopped run may have left the loaded posts half read),
// with the paths of both batches to write out. Nothing is written until
// a run is done, so a stopped run leaves the output folder and the
// served site as they were. Ctrl-C stops the run as well. compile
// returns the site compiled (nil after errors or when stopped), its
// problems and the paths changed.
func (s *session) compile(b watch.Batch, newer <-chan watch.Batch) (*build.Compiled, diag.List, []string) {
	paths := b.Paths()
	if b.Overflow || s.last == nil {
		paths = []string{"."}
	}
	run := paths
	parent := s.e.ctx
	if parent == nil {
		parent = context.Background()
	}
	type result struct {
		compiled *build.Compiled
		problems diag.List
	}
	for {
		ctx, cancel := context.WithCancel(parent)
		done := make(chan result, 1)
		go func(run []string) {
			c, p := s.update(ctx, run)
			done <- result{c, p}
		}(run)
		var r result
		superseded := false
	wait:
		for {
			select {
			case r = <-done:
				break wait
			case later, ok := <-newer:
				if !ok { // the watcher is closing: let the run finish
					newer = nil
					continue
				}
				cancel()
				r, superseded = <-done, true
				paths, run = joinPaths(paths, later), []string{"."}
				break wait
			}
		}
		cancel()
		if !superseded || parent.Err() != nil {
			return r.compiled, r.problems, paths
		}
	}
}

// joinPaths adds the paths of the later batch to paths, each once.
func joinPaths(paths []string, later watch.Batch) []string {
	if later.Overflow || slices.Contains(paths, ".") {
		return []string{"."}
	}
	return slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(paths), later.Paths()...))))
}

// touchesShared reports a change to something every page shows (the
// programme, a tandem, the theme), so every open tab reloads.
func touchesShared(paths []string) bool {
	for _, p := range paths {
		if p == "." || strings.HasPrefix(p, "themes/") || strings.HasPrefix(p, programme.TandemDir) || p == programme.File {
			return true
		}
	}
	return false
}

func errorsOnly(l diag.List) []diag.Problem { return ofSeverity(l, diag.Error) }

// warningsOnly returns the warnings of l, which the browser shows too.
func warningsOnly(l diag.List) []diag.Problem { return ofSeverity(l, diag.Warning) }

func ofSeverity(l diag.List, sev diag.Severity) []diag.Problem {
	var out []diag.Problem
	for _, p := range l {
		if p.Severity == sev {
			out = append(out, p)
		}
	}
	return out
}

func describe(paths []string) diag.Text {
	switch {
	case len(paths) == 1 && paths[0] == ".":
		return diag.T("everything")
	case len(paths) == 1:
		return diag.Verbatim(paths[0])
	}
	return diag.T("%s and %d more", paths[0], len(paths)-1)
}

func rebuilt(changed []string, all bool) diag.Text {
	if all {
		return diag.T("rebuilt, all pages reload")
	}
	return diag.T("%d files rewritten", len(changed))
}

func clock() string { return time.Now().Format("15:04:05") }
