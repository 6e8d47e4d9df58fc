package server

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

func TestProblemsMessage(t *testing.T) {
	t.Parallel()
	msg := string(problemsMessage("abc-1", brokenBuild()))
	data, ok := strings.CutPrefix(msg, "id: abc-1\nevent: problems\ndata: ")
	if !ok || !strings.HasSuffix(data, "\n\n") || strings.Count(msg, "\n") != 4 {
		t.Fatalf("bad framing: %q", msg)
	}
	var list []map[string]any
	if err := json.Unmarshal([]byte(data), &list); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"file": "content/posts/x.md", "line": 3.0, "column": 7.0, "severity": "error",
		"code": "unknown-tandem", "message": brokenBuild()[0].Msg, "hint": `did you mean "t1"?`,
	}
	if len(list) != 1 || fmt.Sprint(list[0]) != fmt.Sprint(want) {
		t.Errorf("got %v, want [%v]", list, want)
	}
}

// pageBuild returns the data-build of the page at target.
func pageBuild(t *testing.T, s *Server, target string) string {
	t.Helper()
	body := request(s.Handler(), "GET", target).Body.String()
	_, rest, ok := strings.Cut(body, `data-build="`)
	id, _, ok2 := strings.Cut(rest, `"`)
	if !ok || !ok2 || id == "" {
		t.Fatalf("no data-build in %q", body)
	}
	return id
}

func TestBuildIDs(t *testing.T) {
	t.Parallel()
	s := New(Options{})
	st := openEvents(testContext(t), t, liveServer(t, s))
	first := st.nextEvent(t)
	if first.name != "ok" || first.id == "" || first.id != pageBuild(t, s, "/") {
		t.Fatalf("first event %+v, want ok with the placeholder's build", first)
	}
	seen := map[string]bool{first.id: true}
	steps := []struct {
		update  Update
		event   string
		newSite bool
	}{
		{Update{Site: fakeSite()}, "reload", true},
		{Update{Problems: brokenBuild()}, "problems", false},
		{Update{}, "reload", false},
		{Update{Site: fakeSite(), Changed: []string{"index.html"}}, "reload", true},
		{Update{Problems: brokenBuild()}, "problems", false},
	}
	prev := first.id
	for i, step := range steps { // in order: each step builds on the last
		s.Publish(step.update)
		ev := st.nextEvent(t)
		if ev.name != step.event || ev.id != pageBuild(t, s, "/posts/x/") {
			t.Fatalf("step %d: event %q id %q; page build %q", i, ev.name, ev.id, pageBuild(t, s, "/posts/x/"))
		}
		if step.newSite == (ev.id == prev) || step.newSite && seen[ev.id] {
			t.Errorf("step %d: id %q after %q; new site: %v", i, ev.id, prev, step.newSite)
		}
		seen[ev.id], prev = true, ev.id
	}
	if other := New(Options{}); other.currentSite().id == first.id {
		t.Errorf("two servers share build id %q: a restart would go unnoticed", first.id)
	}
}
