package check

import (
	"path"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/validate"
)

// testNow is the time every test checks at: after round r1.
var testNow = time.Date(2024, 7, 15, 12, 0, 0, 0, time.UTC)

const testProgramme = `title: Tandem-Tagebuch
base_url: https://intranet.example.com/mentoring/
rounds:
  - id: r1
    title: Runde 1
    start: 2024-01-08
    end: 2024-06-28
people:
  ada: {name: Ada, role: mentor, department: IT}
  bo: {name: Bo, role: mentor, department: Vorstand}
  cleo: {name: Cleo, role: mentee, department: Vorstand}
  frauke: {name: Frauke, role: reviewer}
reviewers: [frauke]
`

const testTandem = "round: r1\nmentors: [ada]\nmentee: cleo\ngoals: [Kurzvideos verstehen]\n"

// newSite returns a site with the programme, one tandem t01 and the
// given files (which may replace those two).
func newSite(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{
		"content/programme.yaml":   {Data: []byte(testProgramme)},
		"content/tandems/t01.yaml": {Data: []byte(testTandem)},
	}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return fsys
}

// post returns a diary post of t01 with the given date and body.
func post(title, date, body string) string {
	return "---\ntitle: " + title + "\ndate: " + date + "\ntandem: t01\nauthors: [ada]\n---\n" + body
}

// approve marks the post at name approved with a valid digest, so a
// production build publishes it.
func approve(t *testing.T, fsys fstest.MapFS, name string) {
	t.Helper()
	var p *content.Post
	var probs diag.List
	if path.Base(name) == "index.md" {
		p, probs = content.LoadBundle(fsys, path.Dir(name))
	} else {
		p, probs = content.LoadFile(fsys, name)
	}
	if p == nil || probs.HasErrors() {
		t.Fatalf("cannot load %s: %v", name, probs)
	}
	prog, probs := programme.Load(fsys)
	if probs.Add(validate.Check(prog, []*content.Post{p})...); probs.HasErrors() {
		t.Fatalf("%s is not valid: %v", name, probs.Err()) // validate fills in the round the digest covers
	}
	record := "\nstatus: approved\nreview:\n  approved_by: frauke\n  approved_at: 2024-01-01T00:00:00Z\n  digest: " + review.Digest(p) + "\n---\n"
	text := strings.Replace(string(fsys[name].Data), "\n---\n", record, 1)
	fsys[name] = &fstest.MapFile{Data: []byte(text)}
}

// outline outlines the site in memory; it fails the test on errors.
func outline(t *testing.T, fsys fstest.MapFS, preview bool) *build.Outlined {
	t.Helper()
	c, probs := build.NewCompiler(fsys, build.Options{Preview: preview, Now: testNow}).Outline()
	if c == nil {
		t.Fatalf("the test site does not compile:\n%v", diag.ListError(probs))
	}
	return c
}

// only returns the problems with the given codes.
func only(l diag.List, codes ...string) diag.List {
	var out diag.List
	for _, p := range l {
		for _, c := range codes {
			if p.Code == c {
				out = append(out, p)
			}
		}
	}
	return out
}

// lines formats problems one per line, hints included, for comparison.
func lines(l diag.List) string {
	var b strings.Builder
	for _, p := range l {
		b.WriteString(p.Error())
		b.WriteByte('\n')
	}
	return b.String()
}
