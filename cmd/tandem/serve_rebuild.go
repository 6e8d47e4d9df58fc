package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/publish"
	"github.com/tandem-mentoring/tandem/internal/server"
	"github.com/tandem-mentoring/tandem/internal/watch"
)

// rebuild reacts to one batch of changed files: compile what changed,
// tell the browser, print one line and write what differs. A newer
// batch that comes while it compiles supersedes it (see compile); Ctrl-C
// stops it. The reload goes out as soon as the site is compiled, with
// the findings in the posts found before: the server serves from memory. The
// output folder is written after it (writeOut), then the saved posts are
// checked for broken links and images and missing alt text
// (withFindings), whose warnings go out last.
func (s *session) rebuild(b watch.Batch, newer <-chan watch.Batch) {
	at := []time.Time{time.Now()} // the start of each stage, for --timings
	next, problems, paths := s.compile(b, newer)
	at = append(at, time.Now())
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
	incremental := s.last != nil && !s.stale
	var ch publish.Changes
	if incremental {
		ch = build.Changes(s.last, next, paths)
	}
	reloadAll := !incremental || touchesShared(paths)
	s.last = next
	reload := changedPaths(ch)
	if reloadAll {
		reload = nil
	}
	s.warnings = warningsOnly(s.findings.with(problems))
	s.publish(reload)
	at = append(at, time.Now())
	s.e.say(s.e.stdout, diag.T("%s  %s → %s in %s", clock(), describe(paths), rebuilt(reload, reloadAll),
		at[2].Sub(b.FirstEvent).Round(100*time.Microsecond)))
	s.writeOut(next, ch, incremental)
	at = append(at, time.Now())
	problems = s.withFindings(next, problems, paths)
	s.printSaved(problems, paths, incremental)
	s.warnings = warningsOnly(problems)
	s.srv.Warn(s.warnings)
	if s.o.timings {
		at = append(at, time.Now())
		fmt.Fprintf(s.e.stdout, "Stages: wait %s · compile %s (%s) · publish %s · write %s · findings %s\n", ms(at[0].Sub(b.FirstEvent)),
			ms(at[1].Sub(at[0])), next.Timings, ms(at[2].Sub(at[1])), ms(at[3].Sub(at[2])), ms(at[4].Sub(at[3])))
	}
}

// printSaved prints the problems after a compile. After an incremental
// one it prints the errors and the warnings in the saved files, and only
// counts the warnings elsewhere, which the first build printed and
// tandem check lists: a site with thousands of warnings would otherwise
// print them all again on every save.
func (s *session) printSaved(problems diag.List, paths []string, incremental bool) {
	if !incremental {
		printProblems(s.e, below(s.o.source, problems))
		return
	}
	var shown diag.List
	others := 0
	for _, p := range problems {
		if p.Severity == diag.Warning && !savedPath(p.Path, paths) {
			others++
			continue
		}
		shown = append(shown, p)
	}
	printProblems(s.e, below(s.o.source, shown))
	if others > 0 {
		s.e.say(s.e.stderr, diag.T("%d warnings in other files; tandem check lists them", others))
	}
}

// savedPath reports whether a problem's path is one of the saved paths
// or lies inside one (a bundle folder).
func savedPath(path string, paths []string) bool {
	for _, saved := range paths {
		if path == saved || strings.HasPrefix(path, saved+"/") {
			return true
		}
	}
	return false
}

// changedPaths lists the paths ch writes or removes, sorted, each once:
// the pages open tabs reload.
func changedPaths(ch publish.Changes) []string {
	var paths []string
	for _, o := range ch.Outputs {
		paths = append(paths, o.Path)
	}
	for _, c := range ch.Copies {
		paths = append(paths, c.Path)
	}
	return slices.Compact(slices.Sorted(slices.Values(append(paths, ch.Gone...))))
}

// ms rounds d for the --timings line.
func ms(d time.Duration) time.Duration { return d.Round(100 * time.Microsecond) }

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
