// Command search measures tandem's search index on generated sites: the
// CPU a production build spends and the part of it the index takes, the
// index's size per post, and in Chromium what the first and each later
// query transfer and how long a query takes, at each size given.
//
//	go run ./bench/search                       # 1,000 and 10,000 posts
//	go run ./bench/search -sizes 2000 -runs 5
//	go run ./bench/search -sizes 10000 -tags 2000 -tags-per-post 4 -trace
//	go run ./bench/search -public /dev/shm/site/public -trace   # the queries of a built site
//	go run ./bench/search -sizes 10000 -cpuprofile cpu.prof -browser=false
//
// It prints a Markdown report. Times are medians over the runs; on a
// shared machine compare CPU times, not wall times.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/synthetic"
)

// options are the flags that shape a measurement.
type options struct {
	runs    int
	profile io.Writer // a CPU profile of the builds, or nil
	browser bool
	trace   bool // print where each typed query's time went
	// tags and tagsPerPost shape the generated site as tandem-gen's
	// flags of those names do (0: synthetic's defaults).
	tags, tagsPerPost int
}

// onlyQueries measures the queries alone on public, a site built
// before (served below /mentoring/), and prints what queries prints.
func onlyQueries(public string, runs int, trace bool) {
	dir, err := os.MkdirTemp("", "tandem-search-bench-")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(dir)
	q, err := rounds(public, dir, runs, trace)
	if err != nil {
		fail(err)
	}
	fmt.Printf("typed queries over %d rounds: median %s, slowest %s\n", runs, q.typed, q.slowest)
}

func main() {
	var o options
	sizes := flag.String("sizes", "1000 10000", "numbers of posts, separated by spaces")
	flag.IntVar(&o.runs, "runs", 3, "runs of each measurement")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the production builds to this file")
	browser := flag.Bool("browser", true, "measure queries in Chromium")
	flag.BoolVar(&o.trace, "trace", false, "print the files each typed query fetched, with their times")
	flag.IntVar(&o.tags, "tags", 0, "size of the tag vocabulary (0: 300)")
	flag.IntVar(&o.tagsPerPost, "tags-per-post", 0, "tags on every post (0: two to five)")
	public := flag.String("public", "", "only measure the queries, on this built site (its base path /mentoring/)")
	flag.Parse()
	if *public != "" {
		onlyQueries(*public, o.runs, o.trace)
		return
	}
	if *profile != "" {
		f, err := os.Create(*profile)
		if err != nil {
			fail(err)
		}
		defer f.Close()
		o.profile = f
	}
	o.browser = *browser
	tmp, err := os.MkdirTemp("", "tandem-search-bench-")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(tmp)
	fmt.Printf("| posts | build CPU | index CPU | index ÷ build | index files | index bytes | per post | first query | later query | facets opened | ?q= on load | typed query | slowest typed |\n")
	fmt.Printf("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, f := range strings.Fields(*sizes) {
		n, err := strconv.Atoi(f)
		if err != nil {
			fail(err)
		}
		if err := measure(filepath.Join(tmp, f), n, o, os.Stdout); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench/search:", err)
	os.Exit(1)
}

// measure generates a site of n posts below dir and reports one row.
func measure(dir string, n int, o options, out io.Writer) error {
	s, err := synthetic.Plan(synthetic.Options{Posts: n, Seed: 1, Tags: o.tags, TagsPerPost: o.tagsPerPost})
	if err != nil {
		return err
	}
	siteDir := filepath.Join(dir, "site")
	if err := s.WriteTandem(synthetic.NewDir(siteDir)); err != nil {
		return err
	}
	public := filepath.Join(dir, "public")
	now := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	var buildCPU []time.Duration
	if o.profile != nil {
		if err := pprof.StartCPUProfile(o.profile); err != nil {
			return err
		}
		o.profile = nil // one profile, of the first size's builds
		defer pprof.StopCPUProfile()
	}
	for range o.runs {
		os.RemoveAll(public)
		cpu := cpuTime()
		if _, problems, err := build.Build(public, os.DirFS(siteDir), build.Options{Now: now}); err != nil || problems.HasErrors() {
			return fmt.Errorf("build: %v %v", err, problems.Err())
		}
		buildCPU = append(buildCPU, cpuTime()-cpu)
	}
	pprof.StopCPUProfile()
	indexCPU, err := indexTime(s, o.runs)
	if err != nil {
		return err
	}
	files, size, err := indexSize(filepath.Join(public, "search"))
	if err != nil {
		return err
	}
	q := queryFigures{"-", "-", "-", "-", "-", "-"}
	if o.browser {
		// The pages are served from this process: its builds' garbage is
		// collected and given back first, as a web server has none.
		debug.FreeOSMemory()
		if q, err = rounds(public, dir, o.runs, o.trace); err != nil {
			return err
		}
	}
	b, ix := median(buildCPU), median(indexCPU)
	fmt.Fprintf(out, "| %d | %s | %s | %.1f %% | %d | %.1f MB | %.0f B | %s | %s | %s | %s | %s | %s |\n", n, ms(b), ms(ix), 100*float64(ix)/float64(b),
		files, float64(size)/1e6, float64(size)/float64(n), q.first, q.later, q.facets, q.onLoad, q.typed, q.slowest)
	return nil
}

// cpuTime is the CPU time (user and system) this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru) // cannot fail for RUSAGE_SELF
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func median(ds []time.Duration) time.Duration {
	ds = slices.Clone(ds)
	slices.Sort(ds)
	return ds[len(ds)/2]
}

func ms(d time.Duration) string { return fmt.Sprintf("%d ms", d.Milliseconds()) }

// indexSize counts the files below dir (the search page included) and
// their bytes.
func indexSize(dir string) (files int, size int64, err error) {
	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err == nil {
			files++
			size += info.Size()
		}
		return err
	})
	return files, size, err
}
