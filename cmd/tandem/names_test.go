package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// siteWith copies the golden site into a temporary folder and adds files
// (names below the site folder, written as they are, bytes and all).
func siteWith(t *testing.T, files map[string]string) string {
	t.Helper()
	site := filepath.Join(t.TempDir(), "site")
	if err := os.CopyFS(site, os.DirFS(goldenSite)); err != nil {
		t.Fatal(err)
	}
	writeTree(t, site, files)
	return site
}

// controls returns the control and bidirectional characters in out,
// but the line breaks and tabs of the output's own layout.
func controls(out string) []rune {
	var found []rune
	for _, r := range out {
		if r != '\n' && r != '\t' && (unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)) {
			found = append(found, r)
		}
	}
	return found
}

// TestHostileFileNamesPrintSafely is the attacker's test: a post named to
// clear the screen, set the terminal's title and ring its bell, with an
// unknown tandem so check has something to say about it. No format prints
// the raw bytes; each shows the name.
func TestHostileFileNamesPrintSafely(t *testing.T) {
	t.Parallel()
	name := "content/posts/r1/2024-03-02-\x1b[2J\x1b]0;pwned\a\u202e.md"
	site := siteWith(t, map[string]string{name: "---\ntitle: Hallo\ndate: 2024-03-02\ntandem: t99\n---\nText.\n"})
	for _, format := range []string{"text", "github", "json"} {
		code, out, errs := runCmd(t, "check", "-s", site, "--now", "2024-07-01", "--preview", "--format", format)
		if code != exitContent {
			t.Errorf("%s: exit %d, want %d; stderr:\n%s", format, code, exitContent, errs)
		}
		if c := controls(out + errs); len(c) > 0 {
			t.Errorf("%s: the output holds control characters %q:\n%q", format, c, out+errs)
		}
		if !strings.Contains(out, "pwned") || !strings.Contains(out, "t99") {
			t.Errorf("%s: the finding about the post is missing:\n%s", format, out)
		}
		if format == "json" {
			var findings []map[string]any
			if err := json.Unmarshal([]byte(out), &findings); err != nil {
				t.Errorf("json: %v:\n%s", err, out)
			}
		}
	}
	// build prints the same findings.
	code, _, errs := runCmd(t, "build", "-s", site, "-d", filepath.Join(t.TempDir(), "out"), "--now", "2024-07-01")
	if code != exitContent || len(controls(errs)) > 0 || !strings.Contains(errs, `\x1b[2J\x1b]0;pwned\a\u202e.md`) {
		t.Errorf("build: exit %d, stderr:\n%q", code, errs)
	}
}

// TestNamesNotUTF8: a post, a bundle file and a static folder named in
// Latin-1 are errors that say so and how to rename them, not "invalid
// argument" with a hint about permissions, and not "outside the output
// folder".
func TestNamesNotUTF8(t *testing.T) {
	t.Parallel()
	post := "---\ntitle: Café\ndate: 2024-03-02\ntandem: t01\n---\nText.\n"
	site := siteWith(t, map[string]string{
		"content/posts/r1/2024-03-02-caf\xe9.md":            post,
		"content/posts/r1/2024-02-20-tafelbild/gr\xfcn.png": "png",
		"content/static/b\xfcro/plan.txt":                   "plan",
	})
	want := []string{
		`content/posts/r1/2024-03-02-caf\xe9.md: error: this name is not UTF-8 text: byte 0xe9 after "2024-03-02-caf" is not a character`,
		`hint: rename it in its folder to a UTF-8 name, e.g. mv $'2024-03-02-caf\xe9.md' '2024-03-02-café.md'`,
		`content/posts/r1/2024-02-20-tafelbild/gr\xfcn.png: error: this name is not UTF-8 text`,
		`mv $'gr\xfcn.png' 'grün.png'`,
	}
	for _, args := range [][]string{
		{"check", "-s", site, "--now", "2024-07-01", "--preview"},
		{"build", "-s", site, "-d", filepath.Join(t.TempDir(), "out"), "--now", "2024-07-01"},
	} {
		code, out, errs := runCmd(t, args...)
		all := out + errs
		if code != exitContent {
			t.Errorf("%s: exit %d, want %d:\n%s", args[0], code, exitContent, all)
		}
		for _, w := range want {
			if !strings.Contains(all, w) {
				t.Errorf("%s: the output lacks %q:\n%s", args[0], w, all)
			}
		}
		for _, bad := range []string{"invalid argument", "permissions", "outside the output folder"} {
			if strings.Contains(all, bad) {
				t.Errorf("%s: the output says %q:\n%s", args[0], bad, all)
			}
		}
	}
	// The static folder is read once the posts are fine.
	if err := os.Remove(filepath.Join(site, "content/posts/r1/2024-03-02-caf\xe9.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(site, "content/posts/r1/2024-02-20-tafelbild/gr\xfcn.png")); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCmd(t, "build", "-s", site, "-d", filepath.Join(t.TempDir(), "out"), "--now", "2024-07-01")
	if w := `content/static/b\xfcro: error: this name is not UTF-8 text`; code != exitContent || !strings.Contains(errs, w) {
		t.Errorf("static folder: exit %d, stderr lacks %q:\n%s", code, w, errs)
	}
}

// TestThemeNamesNotPrintable: a theme file named in Latin-1, or with an
// escape sequence in its name, is an error at that file that says how to
// rename it, not "invalid argument" and not an asset published under
// that name.
func TestThemeNamesNotPrintable(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ file, msg, hint string }{
		{"themes/default/static/caf\xe9.css", `themes/default/static/caf\xe9.css: error: this name is not UTF-8 text: byte 0xe9 after "caf"`,
			`hint: rename it in its folder to a UTF-8 name, e.g. mv $'caf\xe9.css' 'café.css'`},
		{"themes/default/static/a\x1b[2J\x1b]0;pwned\a.css", `themes/default/static/a\x1b[2J\x1b]0;pwned\a.css: error: this name holds the control character \x1b after "a"`,
			`mv $'a\x1b[2J\x1b]0;pwned\x07.css' 'a-[2J-]0;pwned-.css'`},
	} {
		site := siteWith(t, map[string]string{c.file: "body{}"})
		dest := filepath.Join(t.TempDir(), "out")
		for _, args := range [][]string{
			{"check", "-s", site, "--now", "2024-07-01"},
			{"build", "-s", site, "-d", dest, "--now", "2024-07-01"},
		} {
			code, out, errs := runCmd(t, args...)
			all := out + errs
			if code != exitContent || !strings.Contains(all, c.msg) || !strings.Contains(all, c.hint) || strings.Contains(all, "invalid argument") {
				t.Errorf("%s with %q: exit %d, want %d with\n%s\n%s\ngot:\n%s", args[0], c.file, code, exitContent, c.msg, c.hint, all)
			}
			if len(controls(all)) > 0 {
				t.Errorf("%s: the output holds control characters: %q", args[0], all)
			}
		}
		if _, err := os.Stat(dest); !os.IsNotExist(err) {
			t.Errorf("%q: the build wrote %s (%v)", c.file, dest, err)
		}
	}
}

// TestFoldersTooDeep: a post 100 folders down is an error at the first
// folder too deep, on the command line as in every other error.
func TestFoldersTooDeep(t *testing.T) {
	t.Parallel()
	deep := "content/posts" + strings.Repeat("/a", 100) + "/2024-03-02-tief.md"
	site := siteWith(t, map[string]string{deep: "---\ntitle: Tief\ndate: 2024-03-02\ntandem: t01\n---\nText.\n"})
	code, out, _ := runCmd(t, "check", "-s", site, "--now", "2024-07-01", "--preview")
	want := "content/posts" + strings.Repeat("/a", 32) + ": error: this folder is 33 levels below content/; at most 32 are allowed"
	if code != exitContent || !strings.Contains(out, want) {
		t.Errorf("exit %d, output lacks %q:\n%s", code, want, out)
	}
}
