package main

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/tandem-mentoring/tandem/internal/history"
)

// measure reads the history of the site n times and prints, per read, the
// wall time and the processor time of this process and of the git
// processes it ran. With fresh, each read starts without the cache that
// the one before left in the git folder and leaves none, as in CI (a
// fresh clone outside CI also writes the cache: about 0.25 s more). With
// profile, it writes a CPU profile of the reads there. With carry, each
// read uses and leaves a cache sealed with TANDEM_HISTORY_KEY (else a
// fixed bench key) in the folder carry, as a CI job whose cache step
// carries that folder from one fresh clone to the next: the first read
// fills it, the later ones use it.
func measure(site string, n int, fresh bool, profile, carry string) error {
	cache := history.Cache{Use: !fresh}
	if carry != "" {
		key := cmp.Or(os.Getenv("TANDEM_HISTORY_KEY"), "bench-history-key")
		cache = history.Cache{Use: true, Dir: carry, Key: []byte(key)}
	}
	if profile != "" {
		f, err := os.Create(profile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	for i := range n {
		if fresh {
			if err := dropCache(site); err != nil {
				return err
			}
		}
		self0, kids0 := cpu(syscall.RUSAGE_SELF), cpu(syscall.RUSAGE_CHILDREN)
		start := time.Now()
		h, err := history.Read(context.Background(), site, cache)
		if err != nil {
			return err
		}
		if h == nil {
			return fmt.Errorf("%s is not in a git work tree; make its history first", site)
		}
		wall := time.Since(start)
		self, kids := cpu(syscall.RUSAGE_SELF)-self0, cpu(syscall.RUSAGE_CHILDREN)-kids0
		fmt.Printf("read %d: %.2f s wall, %.2f s CPU in tandem, %.2f s CPU in git\n",
			i+1, wall.Seconds(), self.Seconds(), kids.Seconds())
	}
	return nil
}

// dropCache removes the history cache of the site's clone.
func dropCache(site string) error {
	out, err := exec.Command("git", "-C", site, "rev-parse", "--git-path", "tandem-history").Output()
	if err != nil {
		return err
	}
	p := strings.TrimSpace(string(out))
	if !filepath.IsAbs(p) {
		p = filepath.Join(site, p)
	}
	if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
		return err
	}
	return nil
}

// cpu is the user and system time of who so far.
func cpu(who int) time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(who, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
