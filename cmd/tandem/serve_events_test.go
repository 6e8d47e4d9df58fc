package main

import (
	"bufio"
	"context"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestServeSendsOneEventOfEachPerSave counts the events the live-reload
// stream sends per save of a post: one reload and one warnings event
// (the site has warnings), not the warnings a second time once the
// output folder is written and the images are checked. The events of a
// save are those up to the next save's reload, which comes after the
// first save's last line (Stages), so none is missed or counted twice.
func TestServeSendsOneEventOfEachPerSave(t *testing.T) {
	site, url, out := startServe(t, "--timings")
	nextEvent := eventStream(t, t.Context(), url)
	if first := nextEvent(); first != "warnings" { // the state on connecting
		t.Fatalf("the stream starts with %q, want the site's warnings", first)
	}
	post := filepath.Join(site, "content/posts/r2/2026-10-01-entwurf.md")
	text, err := os.ReadFile(post)
	if err != nil {
		t.Fatal(err)
	}
	for i, edit := range []string{"\nErste Änderung.\n", "\nZweite Änderung.\n"} {
		if err := os.WriteFile(post, append(text, edit...), 0o644); err != nil {
			t.Fatal(err)
		}
		waitCount(t, out, "Stages: ", i+1)
	}
	var first []string
	for ev := nextEvent(); len(first) == 0 || ev != "reload"; ev = nextEvent() {
		first = append(first, ev)
	}
	if want := []string{"reload", "warnings"}; !slices.Equal(first, want) {
		t.Errorf("one save sent the events %q, want %q", first, want)
	}
}

// eventStream opens serve's live-reload stream at url (with ctx) and
// returns what reads the name of its next event; the test fails when the
// stream ends.
func eventStream(tb testing.TB, ctx context.Context, url string) func() string {
	tb.Helper()
	req, err := http.NewRequestWithContext(ctx, "GET", url+"_tandem/events", nil)
	if err != nil {
		tb.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { resp.Body.Close() })
	events := bufio.NewScanner(resp.Body)
	return func() string {
		for events.Scan() {
			if name, ok := strings.CutPrefix(events.Text(), "event: "); ok {
				return name
			}
		}
		tb.Fatal("the event stream ended")
		return ""
	}
}
