package server

import (
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// TestWarnFollowsPublish: Warn after a good build sends its warnings,
// or "ok" when there are none, without a reload, and a stream that joins
// later gets them as its state; after a failed build Warn sends nothing
// and the state stays the build's problems.
func TestWarnFollowsPublish(t *testing.T) {
	t.Parallel()
	s := New(Options{Hosts: []string{"127.0.0.1"}})
	s.Publish(Update{Site: fakeSite()})
	url := liveServer(t, s)
	st := openEvents(testContext(t), t, url)
	st.expect(t, "ok", "{}")
	missing := []diag.Problem{{Pos: diag.Pos{Path: "content/posts/x.md", Line: 4, Col: 1}, Severity: diag.Warning,
		Code: "missing-image", Msg: `image "a.jpg" is missing`}}

	s.Warn(missing)
	if ev := st.nextEvent(t); ev.name != "warnings" || !strings.Contains(ev.data, "missing-image") {
		t.Fatalf("after Warn: %q %s, want the warning", ev.name, ev.data)
	}
	if ev := openEvents(testContext(t), t, url).nextEvent(t); ev.name != "warnings" || !strings.Contains(ev.data, "missing-image") {
		t.Errorf("a stream that joins after Warn starts with %q %s, want the warning", ev.name, ev.data)
	}
	s.Warn(nil)
	st.expect(t, "ok", "{}")

	s.Publish(Update{Problems: brokenBuild()})
	st.expect(t, "problems", brokenJSON)
	s.Warn(missing)
	if ev := openEvents(testContext(t), t, url).nextEvent(t); ev.name != "problems" {
		t.Errorf("after a failed build and Warn a stream starts with %q %s, want the problems", ev.name, ev.data)
	}
	s.Publish(Update{Site: fakeSite(), Changed: []string{"index.html"}})
	st.expect(t, "reload", `{"changed":["index.html"]}`) // Warn sent nothing before it
}
