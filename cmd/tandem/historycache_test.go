package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHistoryCacheInCI: in CI (CI set) with TANDEM_HISTORY_KEY, check and
// build keep the history cache in the folder TANDEM_HISTORY_CACHE or
// --history-cache names (the flag first) and still refuse a replayed
// approval; in CI without the key they leave no cache there; the cache
// then carried into a fresh clone leaves the replay refused.
func TestHistoryCacheInCI(t *testing.T) {
	site, _, first := replaySite(t)
	if code, stdout, stderr := runCmd(t, "review", "reject", "-s", site, signedPost, "--by", "frauke", "--note", "Bitte kürzen.", "--now", "2026-11-02T09:00:00Z"); code != exitOK {
		t.Fatalf("reject: exit %d\n%s%s", code, stdout, stderr)
	}
	commitAll(t, site, "sent back")
	gitIn(t, site, "checkout", first, "--", signedPost)
	commitAll(t, site, "restore the old approved version")
	const want = "superseded by a later changes requested by frauke on 2026-11-02"
	fromEnv, fromFlag, unkeyed := t.TempDir(), t.TempDir(), t.TempDir()
	keyed := []string{"CI=true", "TANDEM_HISTORY_KEY=the key CI keeps, 32 bytes or more", "TANDEM_HISTORY_CACHE=" + fromEnv}
	checks := []struct {
		name string
		vars []string
		args []string
		dir  string
		want int
	}{
		{"key and TANDEM_HISTORY_CACHE", keyed, nil, fromEnv, 1},
		{"key and --history-cache", keyed, []string{"--history-cache", fromFlag}, fromFlag, 1},
		{"no key", []string{"CI=true", "TANDEM_HISTORY_CACHE=" + unkeyed}, nil, unkeyed, 0},
	}
	for _, c := range checks {
		for _, cmd := range []string{"check", "build"} {
			args := append([]string{cmd, "-s", site, "--now", "2026-11-10", "-d", filepath.Join(t.TempDir(), "out")}, c.args...)
			if cmd == "check" {
				args = append([]string{cmd, "-s", site, "--now", "2026-11-10"}, c.args...)
			}
			_, stdout, stderr := runCmdEnv(t, c.vars, args...)
			if !strings.Contains(stdout+stderr, want) {
				t.Errorf("%s, %s: the replay is not reported\n%s%s", c.name, cmd, stdout, stderr)
			}
		}
		if files, _ := filepath.Glob(filepath.Join(c.dir, "tandem-history-*")); len(files) != c.want {
			t.Errorf("%s: cache files %v, want %d", c.name, files, c.want)
		}
	}
	clone := filepath.Join(t.TempDir(), "clone")
	gitIn(t, site, "clone", "-q", "file://"+site, clone)
	if _, stdout, stderr := runCmdEnv(t, keyed, "check", "-s", clone, "--now", "2026-11-10"); !strings.Contains(stdout+stderr, want) {
		t.Errorf("a fresh clone with the carried cache: the replay is not reported\n%s%s", stdout, stderr)
	}
}

// TestShortHistoryKeyIsRefused: a TANDEM_HISTORY_KEY under 32 bytes is a
// usage error of every command that reads the history, in English and
// German, with the way to make a key; nothing is built and no cache is
// left. 32 bytes are enough.
func TestShortHistoryKeyIsRefused(t *testing.T) {
	site, _, _ := replaySite(t)
	cache := t.TempDir()
	short := []string{"CI=true", "TANDEM_HISTORY_KEY=geheim", "TANDEM_HISTORY_CACHE=" + cache}
	dest := filepath.Join(t.TempDir(), "out")
	for _, args := range [][]string{
		{"build", "-s", site, "-d", dest, "--now", "2026-11-10"},
		{"check", "-s", site, "--now", "2026-11-10"},
		{"serve", "-s", site, "--port", "0"},
		{"report", "-s", site, "--now", "2026-11-10"},
		{"review", "diff", "-s", site, signedPost},
	} {
		for _, lang := range []struct{ vars, want []string }{
			{[]string{"LANG=en_GB.UTF-8"}, []string{"TANDEM_HISTORY_KEY: the key that seals the history cache is 6 bytes long; it needs at least 32", "hint: make a key with openssl rand -hex 32"}},
			{[]string{"LANG=de_DE.UTF-8"}, []string{"TANDEM_HISTORY_KEY: Der Schlüssel, der den Verlaufs-Cache versiegelt, ist 6 Bytes lang; er braucht mindestens 32", "Hinweis: Erzeuge einen Schlüssel mit openssl rand -hex 32"}},
		} {
			code, stdout, stderr := runCmdEnv(t, append(lang.vars, short...), args...)
			for _, w := range lang.want {
				if code != exitUsage || !strings.Contains(stderr, w) {
					t.Errorf("%v %v: exit %d, want %d and %q\n%s%s", args[:1], lang.vars, code, exitUsage, w, stdout, stderr)
				}
			}
		}
	}
	if files, _ := filepath.Glob(filepath.Join(cache, "*")); len(files) > 0 {
		t.Errorf("a cache was left with the short key: %v", files)
	}
	if _, err := os.Stat(dest); err == nil {
		t.Error("build wrote the site with the short key")
	}
	ok := []string{"CI=true", "TANDEM_HISTORY_KEY=" + strings.Repeat("k", 32), "TANDEM_HISTORY_CACHE=" + cache}
	if code, stdout, stderr := runCmdEnv(t, ok, "build", "-s", site, "-d", dest, "--now", "2026-11-10"); code != exitOK {
		t.Errorf("a key of 32 bytes: exit %d\n%s%s", code, stdout, stderr)
	}
}
