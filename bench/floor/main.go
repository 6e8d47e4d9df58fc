// Command floor does the unavoidable work of building a tandem site and
// nothing else, as the yardstick for tandem's build time: it reads every
// post file below SITE/content/posts, converts the Markdown after the
// front matter with goldmark (GFM tables, strikethrough, autolinks, as
// tandem does) on one goroutine per core, and writes one index.html per
// post below OUT.
//
//	floor -site DIR -out DIR
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
)

func main() {
	site := flag.String("site", "", "the generated site (the folder holding content/)")
	out := flag.String("out", "", "where to write the pages")
	flag.Parse()
	if *site == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: floor -site DIR -out DIR")
		os.Exit(2)
	}
	n, err := run(*site, *out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
	fmt.Printf("floor: %d pages → %s\n", n, *out)
}

// run finds the posts, then converts and writes them on one worker per
// core.
func run(site, out string) (int, error) {
	posts, err := findPosts(filepath.Join(site, "content", "posts"))
	if err != nil {
		return 0, err
	}
	jobs := make(chan string)
	errs := make(chan error, len(posts))
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			md := goldmark.New(
				goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify),
				goldmark.WithParserOptions(parser.WithAutoHeadingID()),
			)
			var buf bytes.Buffer
			for p := range jobs {
				if err := page(md, &buf, p, out); err != nil {
					errs <- err
				}
			}
		})
	}
	for _, p := range posts {
		jobs <- p
	}
	close(jobs)
	wg.Wait()
	close(errs)
	for err := range errs {
		return 0, err
	}
	return len(posts), nil
}

// findPosts lists every .md file below dir.
func findPosts(dir string) ([]string, error) {
	var posts []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			posts = append(posts, p)
		}
		return err
	})
	return posts, err
}

// page converts one post and writes OUT/<name>/index.html, where name is
// the file name (or, for a bundle, the folder name).
func page(md goldmark.Markdown, buf *bytes.Buffer, file, out string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	body := afterFrontMatter(data)
	buf.Reset()
	buf.WriteString("<!DOCTYPE html>\n<html lang=\"de\">\n<meta charset=\"utf-8\">\n<main>\n")
	if err := md.Convert(body, buf); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	buf.WriteString("</main>\n</html>\n")
	name := strings.TrimSuffix(filepath.Base(file), ".md")
	if name == "index" {
		name = filepath.Base(filepath.Dir(file))
	}
	dir := filepath.Join(out, name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "index.html"), buf.Bytes(), 0o644)
}

// afterFrontMatter returns what follows the closing "---" line.
func afterFrontMatter(data []byte) []byte {
	if !bytes.HasPrefix(data, []byte("---\n")) {
		return data
	}
	if i := bytes.Index(data[4:], []byte("\n---\n")); i >= 0 {
		return data[4+i+5:]
	}
	return data
}
