package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// serveOnce runs tandem serve with args on site until its first build
// is served, then stops it, and returns what it printed.
func serveOnce(t *testing.T, site string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out := &syncBuffer{}
	e := env{stdout: out, stderr: out, stdin: strings.NewReader(""), ctx: ctx, getenv: testEnv(nil)}
	done := make(chan int)
	go func() { done <- run(e, append([]string{"serve", "-s", site, "--port", "0"}, args...)) }()
	for deadline := time.Now().Add(time.Minute); urlPattern.FindString(out.String()) == ""; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("serve printed no URL:\n%s", out)
		}
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("serve ended with %d:\n%s", code, out)
		}
	case <-time.After(10 * time.Second):
		t.Error("serve did not stop after Ctrl-C")
	}
	return out.String()
}

// TestServeProductionRefusesReplay is an attack on "serve --production
// shows exactly what tandem build would publish": the author restores
// an older approved, signed text after the reviewer approved a newer
// one. tandem build holds it back (the history check); serve
// --production, which read no history, showed it as published.
func TestServeProductionRefusesReplay(t *testing.T) {
	site, key, first := replaySite(t)
	withoutMarker(t, site, signedPost)
	approveAt(t, site, signedPost, "2026-11-03T10:00:00Z", "--key", key)
	commitAll(t, site, "the reviewer's version")
	gitIn(t, site, "checkout", first, "--", signedPost)
	commitAll(t, site, "restore the old approved version")
	if !published(t, site, "--no-history") {
		t.Fatal("the restored version is not published even with --no-history; the test does not test the attack")
	}
	out := serveOnce(t, site, "--production", "--now", "2026-11-10", "--require-signed")
	if want := "superseded by a later approval by frauke on 2026-11-03"; !strings.Contains(out, want) {
		t.Errorf("serve --production does not say %q:\n%s", want, out)
	}
	noMarker(t, filepath.Join(site, ".tandem", "production"))
}
