package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/images/imagestest"
)

// collectSite has an error in each stage before the link check: a post
// whose front matter does not parse (load), a post naming an unknown
// tandem (validate) and a photo in content/static/ over the pixel
// budget (load); beside them, a post with a broken link, and links to
// the page and a bundle file of the post that did not load, which are
// not broken links: that post's own error says why its page is missing.
func collectSite(t *testing.T) string {
	return writeSite(t, map[string]string{
		"content/programme.yaml":                              checkProgramme,
		"content/tandems/t01.yaml":                            "round: r1\nmentors: [ada]\nmentee: cleo\ngoals: [KI verstehen]\n",
		"content/posts/r1/2024-01-15-start.md":                "---\ntitle: Start\ndate: 2024-01-15\ntandem: t01\nauthors: [ada]\n---\nSiehe [hier](../stories/), [dort](../kaputt/) und [das Bild](../kaputt/bild.jpg).\n",
		"content/posts/r1/2024-01-16-kaputt/index.md":         "---\ntitle: Kaputt\ndate: [2024-01-16\ntandem: t01\n---\nText.\n",
		"content/posts/r1/2024-01-16-kaputt/bild.jpg":         string(imagestest.PhoneJPEG(t, 16, 12, 1)),
		"content/posts/r1/2024-01-17-fremd.md":                "---\ntitle: Fremd\ndate: 2024-01-17\ntandem: t99\nauthors: [ada]\n---\nText.\n",
		"content/static/img/gross.jpg":                        string(imagestest.BombJPEG(t, 10000, 6000)),
		"content/posts/r1/2024-01-18-ohne-zusammenfassung.md": "---\ntitle: Lang\ndate: 2024-01-18\ntandem: t01\nauthors: [ada]\n---\n" + strings.Repeat("Wort ", 400) + "\n",
	})
}

// TestCheckCollectsPastLoadErrors: a post that does not load, a post that
// does not validate and a photo over budget no longer hide the other
// findings of the site (its link findings and warnings), in text and
// JSON; build reports the same errors, exits non-zero and writes nothing.
func TestCheckCollectsPastLoadErrors(t *testing.T) {
	t.Parallel()
	dir := collectSite(t)
	prefix := filepath.ToSlash(dir) + "/"
	tests := []struct {
		format string
		want   []string
	}{
		{"text", []string{
			"content/posts/r1/2024-01-15-start.md:7:14: error: link \"../stories/\" leads to /mentoring/posts/stories/, which is not a page or file of the site",
			"content/posts/r1/2024-01-16-kaputt/index.md:3:1: error: a list opened with [ on this line is never closed",
			"content/posts/r1/2024-01-17-fremd.md:4:9: error: tandem \"t99\" is unknown",
			"content/posts/r1/2024-01-18-ohne-zusammenfassung.md:2:1: warning: ",
			"content/static/img/gross.jpg: error: the image is 10000 × 6000 pixels",
			"4 errors, 1 warning (no-summary 1)\n",
		}},
		{"json", []string{
			`"file": "content/posts/r1/2024-01-15-start.md",
    "line": 7,
    "column": 14,
    "severity": "error",
    "code": "broken-link",`,
			`"file": "content/posts/r1/2024-01-16-kaputt/index.md",
    "line": 3,
    "column": 1,
    "severity": "error",
    "code": "yaml-syntax",`,
			`"file": "content/posts/r1/2024-01-17-fremd.md",
    "line": 4,
    "column": 9,
    "severity": "error",
    "code": "unknown-tandem",`,
			`"file": "content/posts/r1/2024-01-18-ohne-zusammenfassung.md",
    "line": 2,
    "column": 1,
    "severity": "warning",
    "code": "no-summary",`,
			`"file": "content/static/img/gross.jpg",
    "line": 0,
    "column": 0,
    "severity": "error",
    "code": "image-too-large",`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			t.Parallel()
			code, out, _ := runCmd(t, "check", "-s", dir, "--format", tt.format, "--preview", "--now", "2024-03-01")
			if code != exitContent {
				t.Errorf("exit %d, want %d", code, exitContent)
			}
			out = strings.ReplaceAll(out, prefix, "")
			last := -1
			for _, w := range tt.want {
				i := strings.Index(out, w)
				if i < 0 || i < last {
					t.Errorf("the findings lack, or have out of order, %q:\n%s", w, out)
				}
				last = i
			}
			if strings.Contains(out, "kaputt/\"") || strings.Contains(out, "bild.jpg") || strings.Count(out, "which is not a page") != 1 {
				t.Errorf("a link to the post that did not load is reported as broken:\n%s", out)
			}
		})
	}
	t.Run("build", func(t *testing.T) {
		t.Parallel()
		dest := filepath.Join(t.TempDir(), "public")
		code, _, errs := runCmd(t, "build", "-s", dir, "-d", dest, "--preview", "--now", "2024-03-01")
		if code != exitContent {
			t.Errorf("exit %d, want %d", code, exitContent)
		}
		for _, w := range []string{"kaputt/index.md:3:1: error: ", "fremd.md:4:9: error: ", "gross.jpg: error: ", "3 errors; nothing was written"} {
			if !strings.Contains(errs, w) {
				t.Errorf("build's report lacks %q:\n%s", w, errs)
			}
		}
		if _, err := os.Stat(dest); !os.IsNotExist(err) {
			t.Errorf("build wrote %s (%v)", dest, err)
		}
	})
}

// TestCheckCollectsPastLinksToHeldPosts: a published post's link to a
// held-back post (an error: build refuses it) no longer hides the other
// posts' link findings from a production check, and is reported once,
// as that error, not also as a broken link.
func TestCheckCollectsPastLinksToHeldPosts(t *testing.T) {
	t.Parallel()
	post := func(title, date, body string) string {
		return "---\ntitle: " + title + "\ndate: " + date + "\ntandem: t01\nauthors: [ada]\nsummary: Gut.\n---\n" + body
	}
	dir := writeSite(t, map[string]string{
		"content/programme.yaml":                checkProgramme,
		"content/tandems/t01.yaml":              "round: r1\nmentors: [ada]\nmentee: cleo\ngoals: [KI verstehen]\n",
		"content/posts/r1/2024-01-15-start.md":  post("Start", "2024-01-15", "Siehe [den Plan](../plan/).\n"),
		"content/posts/r1/2024-01-16-weiter.md": post("Weiter", "2024-01-16", "Siehe [hier](../stories/).\n"),
		"content/posts/r1/2024-01-17-plan.md":   post("Plan", "2024-01-17", "Noch nicht fertig.\n"),
	})
	for _, name := range []string{"2024-01-15-start.md", "2024-01-16-weiter.md"} {
		if code, _, errs := runCmd(t, "review", "approve", "-s", dir, "content/posts/r1/"+name, "--by", "frauke", "--force", "--now", "2024-01-20"); code != exitOK {
			t.Fatalf("approve %s: exit %d: %s", name, code, errs)
		}
	}
	code, out, _ := runCmd(t, "check", "-s", dir, "--now", "2024-03-01")
	if code != exitContent {
		t.Errorf("exit %d, want %d", code, exitContent)
	}
	out = strings.ReplaceAll(out, filepath.ToSlash(dir)+"/", "")
	for _, w := range []string{
		`content/posts/r1/2024-01-15-start.md:13:18: error: link "../plan/" in the published post "Start" leads to the post "Plan"`,
		`content/posts/r1/2024-01-16-weiter.md:13:14: error: link "../stories/" leads to /mentoring/posts/stories/, which is not a page or file of the site`,
		"2 errors, 0 warnings\n",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("the findings lack %q:\n%s", w, out)
		}
	}
}
