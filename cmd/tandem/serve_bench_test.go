package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"syscall"
	"testing"
	"time"
)

// BenchmarkServeSaveToReload measures what an author waits for: from
// saving a post to the reload message reaching the browser's event
// stream, through the real watcher, incremental rebuild, write and
// server. TANDEM_BENCH_SITE names a site folder to use instead of the
// small golden site (for example one made by tandem-gen with 10,000
// posts); TANDEM_BENCH_POST names the post to edit, relative to it. It
// reports the process's CPU time per save too (cpu-ms/op), which the
// machine's load changes far less than the wall time, and with
// TANDEM_BENCH_PROFILE writes a CPU profile of the saves alone (go test's
// -cpuprofile would include the first build) to the file it names.
//
// Each save appends a line to the post, so only the first changes its
// review state (an approved post's approval goes stale); the others
// rewrite its own pages and lists. With TANDEM_BENCH_STATE=alternate the
// saves alternate between that edit and the original text, so that
// every save changes the post's state (approved → stale → approved …)
// and makes what depends on it again: the round's report and page and
// the sitemap. The post must be approved for that.
func BenchmarkServeSaveToReload(b *testing.B) {
	site, post := benchSite(b)
	alternate := benchAlternates(b)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &syncBuffer{}
	e := env{stdout: out, stderr: out, stdin: strings.NewReader(""), ctx: ctx, getenv: os.Getenv}
	done := make(chan int)
	go func() { done <- run(e, []string{"serve", "-s", site, "--port", "0", "--now", "2026-11-01"}) }()
	defer func() { cancel(); <-done }()
	url := ""
	for deadline := time.Now().Add(5 * time.Minute); url == ""; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			b.Fatalf("no URL:\n%s", out)
		}
		url = urlPattern.FindString(out.String())
	}
	nextEvent := eventStream(b, ctx, url)
	nextEvent() // the state on connect
	original, err := os.ReadFile(post)
	if err != nil {
		b.Fatal(err)
	}
	// TANDEM_BENCH_SITE is the caller's site: leave its post as it was
	// (its approval digest covers the text).
	defer func() {
		if err := os.WriteFile(post, original, 0o644); err != nil {
			b.Error(err)
		}
	}()
	b.ResetTimer()
	defer profileSaves(b)()
	cpu := cpuTime(b)
	for i := 0; b.Loop(); i++ {
		edited := fmt.Sprintf("%s\nZeile %d.\n", original, i)
		if alternate && i%2 == 1 {
			edited = string(original) // approved again
		}
		if err := os.WriteFile(post, []byte(edited), 0o644); err != nil {
			b.Fatal(err)
		}
		for nextEvent() != "reload" {
		}
	}
	b.ReportMetric(float64((cpuTime(b)-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// profileSaves writes a CPU profile of the saves alone (not of the
// first build) to the file TANDEM_BENCH_PROFILE names, if any, until the
// function it returns is called.
func profileSaves(b *testing.B) (stop func()) {
	name := os.Getenv("TANDEM_BENCH_PROFILE")
	if name == "" {
		return func() {}
	}
	f, err := os.Create(name)
	if err != nil {
		b.Fatal(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		b.Fatal(err)
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			b.Error(err)
		}
	}
}

// cpuTime is the CPU time (user and system) the process used so far: a
// save's CPU time is the figure to quote on a busy machine, whose wall
// times follow the load of everything else.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchAlternates says whether TANDEM_BENCH_STATE asks for saves that
// alternate the post's review state.
func benchAlternates(b *testing.B) bool {
	switch v := os.Getenv("TANDEM_BENCH_STATE"); v {
	case "":
		return false
	case "alternate":
		return true
	default:
		b.Fatalf("TANDEM_BENCH_STATE=%q: only \"alternate\" is known", v)
		return false
	}
}

// benchSite copies the golden site (or uses TANDEM_BENCH_SITE as it is)
// and returns it with the post to edit.
func benchSite(b *testing.B) (site, post string) {
	if site = os.Getenv("TANDEM_BENCH_SITE"); site != "" {
		return site, filepath.Join(site, os.Getenv("TANDEM_BENCH_POST"))
	}
	site = b.TempDir()
	if err := os.CopyFS(filepath.Join(site, "content"), os.DirFS(filepath.Join(goldenSite, "content"))); err != nil {
		b.Fatal(err)
	}
	return site, filepath.Join(site, "content/posts/r1/2024-01-15-kennenlernen.md")
}
