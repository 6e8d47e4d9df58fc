// Command history gives a generated site (tandem-gen) a git history for
// measuring the history check: three commits per post, one post per
// commit, written with git fast-import into a new repository in the site
// folder. The first two versions of each post carry earlier approvals
// (and another last line); the third is the post as generated, whose
// approval is the latest, so nothing is superseded and every post still
// publishes. The same seed gives the same history.
//
//	go run ./bench/history -site DIR
//
// With -read N it instead reads the history of such a site N times with
// internal/history, as build and check do, and prints the wall time and
// the processor time (tandem's and git's) of each read. The first read
// leaves the history cache in the git folder, and later reads use it;
// -fresh removes it before each read and reads as in CI: without the
// cache, leaving none. -cpuprofile FILE writes a CPU profile of the reads
// (tandem's side only). -carry DIR reads with a sealed cache in DIR (see
// history.Cache), as CI does when a cache step carries DIR from one fresh
// clone to the next; with -fresh, the first read fills DIR.
//
//	go run ./bench/history -site DIR -read 3
//	go run ./bench/history -site DIR -read 3 -fresh -cpuprofile cpu.prof
//	go run ./bench/history -site DIR -read 3 -fresh -carry /tmp/carried
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
)

func main() {
	site := flag.String("site", "", "the generated site folder (required); it must not be a git repository yet")
	reads := flag.Int("read", 0, "read the history of the site (made before) this many times and print the times, instead of making it")
	fresh := flag.Bool("fresh", false, "with -read: remove the history cache before each read and read as in CI (no cache used or left)")
	profile := flag.String("cpuprofile", "", "with -read: write a CPU profile of the reads to this file")
	carry := flag.String("carry", "", "with -read: use and leave a sealed cache in this folder (key: $TANDEM_HISTORY_KEY, else a fixed one), as a CI cache step carries it")
	flag.Parse()
	if *site == "" {
		flag.Usage()
		os.Exit(2)
	}
	work := run
	if *reads > 0 {
		work = func(site string) error { return measure(site, *reads, *fresh, *profile, *carry) }
	}
	if err := work(*site); err != nil {
		fmt.Fprintln(os.Stderr, "history:", err)
		os.Exit(1)
	}
}

func run(site string) error {
	files, err := siteFiles(site)
	if err != nil {
		return err
	}
	if err := git(site, nil, "init", "-q", "-b", "main"); err != nil {
		return err
	}
	var stream bytes.Buffer
	w := bufio.NewWriter(&stream)
	mark := 0
	for version := 1; version <= 3; version++ {
		for _, f := range files {
			if version < 3 && !strings.HasPrefix(f.name, "content/posts/") {
				continue // the programme and tandems come with the last round
			}
			mark++
			data := f.data
			if version < 3 && strings.HasSuffix(f.name, ".md") {
				data = earlier(f.data, version)
			}
			fmt.Fprintf(w, "commit refs/heads/main\nmark :%d\ncommitter T <t@example.org> %d +0000\ndata 0\n", mark, 1700000000+mark)
			if mark > 1 {
				fmt.Fprintf(w, "from :%d\n", mark-1)
			}
			fmt.Fprintf(w, "M 100644 inline %s\ndata %d\n%s\n", f.name, len(data), data)
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := git(site, &stream, "fast-import", "--quiet"); err != nil {
		return err
	}
	return git(site, nil, "reset", "-q")
}

// file is one file of the site, below the site folder.
type file struct {
	name string
	data []byte
}

// siteFiles reads every file below content/.
func siteFiles(site string) ([]file, error) {
	var files []file
	err := filepath.WalkDir(filepath.Join(site, "content"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(site, path)
		files = append(files, file{filepath.ToSlash(rel), data})
		return err
	})
	return files, err
}

var approvedAt = regexp.MustCompile(`approved_at: \d{4}`)

// earlier is version n of a post: approved in an earlier year, with
// another last line.
func earlier(data []byte, n int) []byte {
	out := approvedAt.ReplaceAll(data, []byte(fmt.Sprintf("approved_at: %d", 2010+n)))
	return append(out, fmt.Sprintf("\nFassung %d.\n", n)...)
}

func git(dir string, stdin *bytes.Buffer, args ...string) error {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	if stdin != nil {
		cmd.Stdin = stdin
	}
	cmd.Stderr = os.Stderr
	return cmd.Run()
}
