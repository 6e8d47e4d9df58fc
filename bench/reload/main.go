// Command reload measures what an author waits for in tandem serve, from
// outside the process: it starts the built binary on a free port, reads
// its live-reload event stream over HTTP as a browser tab does, then
// saves different posts one after the other (a line appended to the
// body) and takes the time from the write to the "reload" event. After
// each save it puts the post back as it was and waits for that reload
// too, so every save starts from a quiet server.
//
//	reload -tandem BIN -site DIR [-saves 20] [-log FILE] [-- serve flags...]
//
// The server runs with tandem serve's defaults (the preview, "now" the
// clock's time), as an author runs it; arguments after -- are passed on
// (bench/reload/run passes --timings). It prints every save with the
// lines tandem serve printed about it, then the median, min and max and the load average.
//
// It also reads tandem serve's CPU time (utime + stime in /proc/PID/stat)
// before each save and after its reload event, once the server has
// printed its --timings line (written the output folder and checked the
// images) or -settle has passed without one: the CPU a save costs, which
// other programs loading the machine change far less than its wall time.
// Before the first save it reads what the idle server uses in a second.
// bench/reload/run builds the programs and a generated site and runs it.
package main

import (
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

func main() {
	tandem := flag.String("tandem", "tandem", "the tandem binary")
	site := flag.String("site", "", "the site folder (holding programme.yaml and content/)")
	saves := flag.Int("saves", 20, "how many posts to save, each once")
	startup := flag.Duration("startup", 10*time.Minute, "how long the first build may take")
	logFile := flag.String("log", "", "write what tandem serve prints to stderr to this file (default: stderr)")
	settle := flag.Duration("settle", time.Second, "after a reload event, wait at most this long for tandem serve's --timings line before reading its CPU time")
	flag.Parse()
	if *site == "" || *saves < 1 {
		fmt.Fprintln(os.Stderr, "usage: reload -tandem BIN -site DIR [-saves N] [-log FILE] [-- serve flags...]")
		os.Exit(2)
	}
	stderr := os.Stderr
	if *logFile != "" {
		f, err := os.Create(*logFile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "reload:", err)
			os.Exit(1)
		}
		defer f.Close()
		stderr = f
	}
	if err := run(*tandem, *site, *saves, *startup, *settle, stderr, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "reload:", err)
		os.Exit(1)
	}
}

func run(tandem, site string, saves int, startup, settle time.Duration, stderr io.Writer, extra []string) error {
	posts, err := pickPosts(site, saves)
	if err != nil {
		return err
	}
	args := append([]string{"serve", "-s", site, "--port", "0"}, extra...)
	cmd := exec.Command(tandem, args...)
	cmd.Stderr = stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return err
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	clock, err := newCPUClock(cmd.Process.Pid)
	if err != nil {
		return err
	}
	lines := make(chan string, 64)
	go readLines(out, lines)
	url, err := waitForURL(lines, startup)
	if err != nil {
		return err
	}
	fmt.Printf("first build and start: %s (%s)\n", time.Since(start).Round(time.Millisecond), loadAverage())
	events, err := subscribe(url + "_tandem/events")
	if err != nil {
		return err
	}
	if e, err := next(events, 30*time.Second); err != nil || e.name != "ok" {
		return fmt.Errorf("the stream should start with ok, got %q: %v", e.name, err)
	}
	idle, err := idleCPU(clock)
	if err != nil {
		return err
	}
	startLoad := loadAverage()
	var times, cpus []time.Duration
	for i, post := range posts {
		d, cpu, said, err := saveOnce(post, events, lines, i, clock, settle)
		if err != nil {
			return fmt.Errorf("%s: %w", post, err)
		}
		times, cpus = append(times, d), append(cpus, cpu)
		rel, _ := filepath.Rel(site, post)
		fmt.Printf("save %2d  %7.1f ms  %5.0f ms CPU  %s\n         tandem serve: %s\n", i+1, ms(d), ms(cpu), rel, said)
	}
	report(times)
	mid, least, most := median(cpus)
	fmt.Printf("tandem serve's CPU per save (user+system, %s ticks): median %.0f ms, min %.0f ms, max %.0f ms; idle %.0f ms per second; %s at the start, %s at the end\n",
		clock.tick, ms(mid), ms(least), ms(most), ms(idle), startLoad, strings.TrimPrefix(loadAverage(), "load average "))
	return nil
}

// idleCPU returns the CPU time tandem serve uses in a second without
// saves.
func idleCPU(clock cpuClock) (time.Duration, error) {
	before, err := clock.used()
	if err != nil {
		return 0, err
	}
	time.Sleep(time.Second)
	after, err := clock.used()
	return after - before, err
}

// saveOnce appends a line to post, waits for the reload event and
// returns the time it took, the CPU time tandem serve used from the
// write until it settled (see settled) and the lines it printed about
// it, then restores post and waits for that reload too.
func saveOnce(post string, events <-chan event, lines <-chan string, i int, clock cpuClock, settle time.Duration) (wall, cpu time.Duration, said string, err error) {
	original, err := os.ReadFile(post)
	if err != nil {
		return 0, 0, "", err
	}
	drain(events)
	linesSince(lines)
	edited := fmt.Appendf(slices.Clip(original), "\nEine Zeile mehr (%d).\n", i+1)
	before, err := clock.used()
	if err != nil {
		return 0, 0, "", err
	}
	start := time.Now()
	if err := os.WriteFile(post, edited, 0o644); err != nil {
		return 0, 0, "", err
	}
	at, err := waitForReload(events)
	if err != nil {
		return 0, 0, "", err
	}
	said = settled(lines, settle)
	after, err := clock.used()
	if err != nil {
		return 0, 0, "", err
	}
	if err := os.WriteFile(post, original, 0o644); err != nil {
		return 0, 0, "", err
	}
	if _, err := waitForReload(events); err != nil {
		return 0, 0, "", fmt.Errorf("after restoring: %w", err)
	}
	// Let the watcher's debounce and any late events pass.
	time.Sleep(200 * time.Millisecond)
	return at.Sub(start), after - before, said, nil
}

// pickPosts returns n post files spread evenly over the sorted list of
// Markdown files below site/content/posts.
func pickPosts(site string, n int) ([]string, error) {
	var all []string
	err := filepath.WalkDir(filepath.Join(site, "content", "posts"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			all = append(all, p)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	if len(all) < n {
		return nil, fmt.Errorf("%s has %d posts, fewer than %d saves", site, len(all), n)
	}
	slices.Sort(all)
	picked := make([]string, n)
	for i := range picked {
		picked[i] = all[(2*i+1)*len(all)/(2*n)]
	}
	return picked, nil
}

// report prints the median, min and max of times and the load average.
func report(times []time.Duration) {
	mid, least, most := median(times)
	fmt.Printf("save → reload event over %d saves: median %.1f ms, min %.1f ms, max %.1f ms; %s\n",
		len(times), ms(mid), ms(least), ms(most), loadAverage())
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// loadAverage returns the 1, 5 and 15 minute load averages of the machine.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "load average unknown"
	}
	f := strings.Fields(string(b))
	return fmt.Sprintf("load average %s %s %s", f[0], f[1], f[2])
}
