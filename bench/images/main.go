// Command images measures tandem's photo derivatives on a generated
// site: one bundle post per photo, each photo a 4000 × 3000 JPEG of 3–4
// MB with EXIF, as a phone writes it. It reports the CPU and wall time
// and the peak memory of a cold build (empty image cache), a warm build
// (the cache filled by the cold one) and a build of the same site
// without photos, in a preview build (the posts are drafts).
//
//	go run ./bench/images                  # 1,000 photos
//	go run ./bench/images -photos 100
//	go run ./bench/images -site /dev/shm/photos -builds warm
//
// -site keeps the site in that folder (written when it does not exist
// yet), so a later run can measure warm builds only; -builds names the
// builds to run, in order; -cpuprofile writes each build's CPU profile to
// the file named, with the build's name appended.
//
// Each build runs in a process of its own (this program started again
// with -one), so the peak memory is the build's. Photos are made from a
// few distinct pictures, each file made distinct by a comment, so every
// photo is decoded and scaled on its own.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/folder"
	"github.com/tandem-mentoring/tandem/internal/imagecache"
)

func main() {
	photos := flag.Int("photos", 1000, "number of photos (one post each)")
	one := flag.String("one", "", "internal: build the site in this folder once (cold, warm or plain)")
	site := flag.String("site", "", "keep the site in this folder, writing it only when it does not exist")
	builds := flag.String("builds", "plain,cold,warm", "the builds to run, in order")
	profile := flag.String("cpuprofile", "", "write each build's CPU profile to this file, the build's name appended")
	flag.Parse()
	if *one != "" {
		if err := profiled(*profile, func() error { return buildOnce(*one, flag.Arg(0)) }); err != nil {
			fail(err)
		}
		kb, err := peakKB()
		if err != nil {
			fail(err)
		}
		fmt.Println(kb)
		return
	}
	tmp := *site
	if tmp == "" {
		dir, err := os.MkdirTemp("", "tandem-images-bench-")
		if err != nil {
			fail(err)
		}
		defer os.RemoveAll(dir)
		tmp = dir
	}
	withPhotos, plain := filepath.Join(tmp, "photos"), filepath.Join(tmp, "plain")
	if _, err := os.Stat(tmp); *site == "" || os.IsNotExist(err) {
		size, err := writeSite(withPhotos, *photos, true)
		if err != nil {
			fail(err)
		}
		if _, err := writeSite(plain, *photos, false); err != nil {
			fail(err)
		}
		fmt.Printf("%d photos, %.1f MB each on average\n\n", *photos, float64(size)/float64(*photos)/1e6)
	}
	fmt.Println("| build | wall | CPU (user+sys) | peak memory |")
	fmt.Println("| --- | ---: | ---: | ---: |")
	names := map[string]string{"plain": "without photos", "cold": "cold (empty cache)", "warm": "warm (cache filled)"}
	for mode := range strings.SplitSeq(*builds, ",") {
		dir := withPhotos
		if mode == "plain" {
			dir = plain
		}
		wall, cpu, rss, err := measure(dir, mode, *profile)
		if err != nil {
			fail(err)
		}
		fmt.Printf("| %s | %.2f s | %.2f s | %d MB |\n", names[mode], wall.Seconds(), cpu.Seconds(), rss>>20)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench/images:", err)
	os.Exit(1)
}

// measure runs one build of dir in a child process and returns its wall
// time, CPU time and peak resident memory.
func measure(dir, mode, profile string) (time.Duration, time.Duration, int64, error) {
	self, err := os.Executable()
	if err != nil {
		return 0, 0, 0, err
	}
	if profile != "" {
		profile += "." + mode
	}
	cmd := exec.Command(self, "-one", mode, "-cpuprofile", profile, dir)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return 0, 0, 0, err
	}
	wall := time.Since(start)
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	kb, err := strconv.ParseInt(strings.TrimSpace(out.String()), 10, 64)
	if err != nil {
		return 0, 0, 0, fmt.Errorf("the build's peak memory: %q", out.String())
	}
	return wall, cpu, kb << 10, nil
}

// profiled runs do, writing its CPU profile to the file profile unless
// that is "".
func profiled(profile string, do func() error) error {
	if profile == "" {
		return do()
	}
	f, err := os.Create(profile)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		return err
	}
	defer pprof.StopCPUProfile()
	return do()
}

// peakKB is the peak resident memory of this process in kB (VmHWM). The
// child reports it itself: the rusage of a child counts the parent's
// memory at the fork (Linux carries the high-water mark of the address
// space the child replaces at exec), so with a parent holding the
// photos it said gigabytes for a build without any.
func peakKB() (string, error) {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "", err
	}
	for line := range strings.Lines(string(status)) {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSuffix(strings.TrimSpace(rest), " kB"), nil
		}
	}
	return "", fmt.Errorf("no VmHWM in /proc/self/status")
}

// buildOnce builds the site in dir into dir/public: cold removes the
// image cache first; plain and warm keep it.
func buildOnce(mode, dir string) error {
	if mode == "cold" {
		if err := os.RemoveAll(filepath.Join(dir, ".tandem")); err != nil {
			return err
		}
	}
	public := filepath.Join(dir, "..", filepath.Base(dir)+"-public")
	if err := os.RemoveAll(public); err != nil {
		return err
	}
	root, err := folder.Open(dir)
	if err != nil {
		return err
	}
	defer root.Close()
	cache := imagecache.NewDir(dir, filepath.Join(dir, "..", "image-cache.key"))
	defer cache.Close()
	_, problems, err := build.Build(public, root.FS(), build.Options{Preview: true, Now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), ImageCache: cache})
	if err != nil {
		return err
	}
	if problems.HasErrors() {
		return problems.Err()
	}
	return nil
}

// writeSite writes a programme with n draft bundle posts below dir, each
// showing one photo when photos is set, and returns the photos' bytes.
func writeSite(root string, n int, photos bool) (int64, error) {
	files := map[string][]byte{
		"content/programme.yaml": []byte("title: Fotos\nbase_url: https://intranet.example.com/\nrounds:\n  - id: r1\n    title: Runde 1\n" +
			"    start: 2024-01-01\n    end: 2024-12-31\npeople:\n  ada: {name: Ada, role: mentor}\n  cleo: {name: Cleo, role: mentee}\n" +
			"  rita: {name: Rita, role: reviewer}\nreviewers: [rita]\n"),
		"content/tandems/t01.yaml": []byte("round: r1\nmentors: [ada]\nmentee: cleo\n"),
	}
	pictures := [][]byte(nil)
	if photos {
		pictures = basePhotos()
	}
	var size int64
	for i := range n {
		dir := fmt.Sprintf("content/posts/r1/2024-%02d-%02d-foto-%d", 1+i%12, 1+i%28, i)
		body := fmt.Sprintf("Treffen %d.\n\n", i)
		if photos {
			body += "![Die Tafel nach dem Treffen](foto.jpg \"Treffen " + fmt.Sprint(i) + "\")\n"
			photo := distinct(pictures[i%len(pictures)], i)
			files[dir+"/foto.jpg"] = photo
			size += int64(len(photo))
		}
		files[dir+"/index.md"] = []byte(fmt.Sprintf("---\ntitle: Foto %d\ndate: 2024-%02d-%02d\ntandem: t01\nauthors: [ada]\n---\n%s", i, 1+i%12, 1+i%28, body))
		if err := writeFiles(root, files); err != nil {
			return 0, err
		}
		clear(files) // the photos are written one by one, never all in memory
	}
	return size, writeFiles(root, files)
}

// writeFiles writes files (by slash-separated name) below root.
func writeFiles(root string, files map[string][]byte) error {
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// distinct returns photo with a comment naming i after its start of
// image, so every file has bytes (and a cache key) of its own.
func distinct(photo []byte, i int) []byte {
	comment := "photo " + fmt.Sprint(i) + strings.Repeat(" ", 8)
	out := make([]byte, 0, len(photo)+len(comment)+4)
	out = append(out, photo[:2]...)
	out = append(out, 0xFF, 0xFE, byte((len(comment)+2)>>8), byte(len(comment)+2))
	out = append(out, comment...)
	return append(out, photo[2:]...)
}
