package server

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// waitLimit bounds every wait in these tests; they never assert speed.
const waitLimit = 20 * time.Second

// sseEvent is one message of an event stream; comments have name ":".
type sseEvent struct{ id, name, data string }

// sseStream reads an event stream.
type sseStream struct {
	resp *http.Response
	r    *bufio.Reader
}

// openEvents connects to the event stream of the server at baseURL.
func openEvents(ctx context.Context, t *testing.T, baseURL string) *sseStream {
	t.Helper()
	st, status := tryEvents(ctx, t, baseURL)
	if status != http.StatusOK {
		t.Fatalf("event stream: status %d", status)
	}
	return st
}

// tryEvents connects and returns the stream, or nil and the status.
func tryEvents(ctx context.Context, t *testing.T, baseURL string) (*sseStream, int) {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, "GET", baseURL+"/_tandem/events", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, resp.StatusCode
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Errorf("Content-Type = %q", ct)
	}
	st := &sseStream{resp: resp, r: bufio.NewReader(resp.Body)}
	t.Cleanup(st.close)
	return st, resp.StatusCode
}

func (s *sseStream) close() { s.resp.Body.Close() }

// next returns the next event or comment, skipping retry fields.
func (s *sseStream) next() (sseEvent, error) {
	var ev sseEvent
	for {
		line, err := s.r.ReadString('\n')
		if err != nil {
			return ev, err
		}
		line = strings.TrimSuffix(line, "\n")
		switch {
		case line == "" && ev.name != "":
			return ev, nil
		case strings.HasPrefix(line, ":"):
			ev.name, ev.data = ":", strings.TrimSpace(line[1:])
		case strings.HasPrefix(line, "event: "):
			ev.name = line[len("event: "):]
		case strings.HasPrefix(line, "id: "):
			ev.id = line[len("id: "):]
		case strings.HasPrefix(line, "data: "):
			ev.data = line[len("data: "):]
		}
	}
}

// nextEvent returns the next event that is not a comment.
func (s *sseStream) nextEvent(t *testing.T) sseEvent {
	t.Helper()
	for {
		ev, err := s.next()
		if err != nil {
			t.Fatalf("reading events: %v", err)
		}
		if ev.name != ":" {
			return ev
		}
	}
}

// expect reads the next event and checks its name and data.
func (s *sseStream) expect(t *testing.T, name, data string) {
	t.Helper()
	ev := s.nextEvent(t)
	if ev.name != name || ev.data != data {
		t.Fatalf("got event %q %s, want %q %s", ev.name, ev.data, name, data)
	}
}

// liveServer starts s on loopback and returns its URL.
func liveServer(t *testing.T, s *Server) string {
	t.Helper()
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	t.Cleanup(s.Close) // runs first: ends the streams so ts.Close can finish
	return ts.URL
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), waitLimit)
	t.Cleanup(cancel)
	return ctx
}

const brokenJSON = `[{"file":"content/posts/x.md","line":3,"column":7,"severity":"error","code":"unknown-tandem",` +
	`"message":"tandem \"t9\" is not defined \u003cimg src=x onerror=alert(1)\u003e","hint":"did you mean \"t1\"?"}]`

func TestEventsInitialState(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		updates   []Update
		event     string
		eventData string
	}{
		{"nothing published", nil, "ok", "{}"},
		{"good build", []Update{{Site: fakeSite()}}, "ok", "{}"},
		{"first build failed", []Update{{Problems: brokenBuild()}}, "problems", brokenJSON},
		{"later build failed", []Update{{Site: fakeSite()}, {Problems: brokenBuild()}}, "problems", brokenJSON},
		{"fixed", []Update{{Problems: brokenBuild()}, {Site: fakeSite()}}, "ok", "{}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := New(Options{Hosts: []string{"127.0.0.1"}})
			for _, u := range tt.updates {
				s.Publish(u)
			}
			// The stream starts with "retry: 1000", then the state.
			st := openEvents(testContext(t), t, liveServer(t, s))
			if first, _ := st.r.ReadString('\n'); first != "retry: 1000\n" {
				t.Errorf("stream starts with %q", first)
			}
			st.expect(t, tt.event, tt.eventData)
		})
	}
}

func TestEventsFollowPublish(t *testing.T) {
	t.Parallel()
	s := New(Options{Hosts: []string{"127.0.0.1"}})
	s.Publish(Update{Site: fakeSite()})
	st := openEvents(testContext(t), t, liveServer(t, s))
	st.expect(t, "ok", "{}")
	steps := []struct {
		update Update
		event  string
		data   string
	}{
		{Update{Site: fakeSite(), Changed: []string{"posts/x/index.html"}}, "reload", `{"changed":["posts/x/index.html"]}`},
		{Update{Site: fakeSite()}, "reload", `{"changed":null}`},
		{Update{Site: fakeSite(), Changed: []string{}}, "reload", `{"changed":[]}`},
		{Update{Problems: brokenBuild()}, "problems", brokenJSON},
		{Update{Problems: brokenBuild()[:0:0]}, "reload", `{"changed":null}`},
		{Update{Problems: brokenBuild()}, "problems", brokenJSON},
		{Update{Site: fakeSite(), Changed: []string{"index.html"}}, "reload", `{"changed":["index.html"]}`},
	}
	for i, st2 := range steps { // in order: one stream sees them all
		s.Publish(st2.update)
		ev := st.nextEvent(t)
		if ev.name != st2.event || ev.data != st2.data {
			t.Errorf("step %d: got %q %s, want %q %s", i, ev.name, ev.data, st2.event, st2.data)
		}
	}
}

func TestEventsHeartbeat(t *testing.T) {
	t.Parallel()
	s := New(Options{Heartbeat: time.Millisecond})
	st := openEvents(testContext(t), t, liveServer(t, s))
	st.expect(t, "ok", "{}")
	ev, err := st.next()
	if err != nil || ev.name != ":" || ev.data != "heartbeat" {
		t.Errorf("got %v, %v; want a heartbeat comment", ev, err)
	}
}

// waitClients waits until the server has n open streams.
func waitClients(t *testing.T, s *Server, n int) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for s.hub.count() != n {
		if time.Now().After(deadline) {
			t.Fatalf("open streams = %d, want %d", s.hub.count(), n)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestEventsClientLimit(t *testing.T) {
	t.Parallel()
	s := New(Options{MaxClients: 2})
	url := liveServer(t, s)
	ctx := testContext(t)
	a := openEvents(ctx, t, url)
	openEvents(ctx, t, url)
	if st, status := tryEvents(ctx, t, url); st != nil || status != http.StatusServiceUnavailable {
		t.Fatalf("third stream: status %d, want 503", status)
	}
	a.close()
	waitClients(t, s, 1)
	openEvents(ctx, t, url).expect(t, "ok", "{}")
}

func TestEventsClientGoesAway(t *testing.T) {
	t.Parallel()
	s := New(Options{})
	url := liveServer(t, s)
	ctx, cancel := context.WithCancel(testContext(t))
	st := openEvents(ctx, t, url)
	st.expect(t, "ok", "{}")
	waitClients(t, s, 1)
	cancel()
	waitClients(t, s, 0)
	s.Publish(Update{Site: fakeSite()}) // nobody to tell: must not block
}

func TestCloseEndsStreams(t *testing.T) {
	t.Parallel()
	s := New(Options{})
	url := liveServer(t, s)
	ctx := testContext(t)
	streams := []*sseStream{openEvents(ctx, t, url), openEvents(ctx, t, url)}
	for _, st := range streams {
		st.expect(t, "ok", "{}")
	}
	s.Close()
	s.Close() // twice is fine
	for i, st := range streams {
		if _, err := io.ReadAll(st.r); err != nil {
			t.Errorf("stream %d: %v, want a clean end", i, err)
		}
	}
	waitClients(t, s, 0)
	if st, status := tryEvents(ctx, t, url); st != nil || status != http.StatusServiceUnavailable {
		t.Errorf("after Close: status %d, want 503", status)
	}
}

func TestSlowClientQueue(t *testing.T) {
	t.Parallel()
	tests := []struct {
		pushes    int
		wantLen   int
		wantFirst string
	}{
		{1, 1, "m0"},
		{clientQueue, clientQueue, "m0"},
		{clientQueue + 1, 2, reloadAllMessage},
		{clientQueue + 2, 3, reloadAllMessage},
		{1000, 0, reloadAllMessage}, // 0: any length up to clientQueue
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.pushes), func(t *testing.T) {
			t.Parallel()
			c := &client{wake: make(chan struct{}, 1)}
			for i := range tt.pushes {
				c.push([]byte(fmt.Sprint("m", i)))
			}
			q := c.take()
			if tt.wantLen == 0 && len(q) <= clientQueue {
				tt.wantLen = len(q)
			}
			if len(q) != tt.wantLen || string(q[0]) != tt.wantFirst {
				t.Fatalf("queue of %d starting %q, want %d starting %q", len(q), q[0], tt.wantLen, tt.wantFirst)
			}
			if last := string(q[len(q)-1]); last != fmt.Sprint("m", tt.pushes-1) {
				t.Errorf("last message %q lost", last)
			}
			if len(c.take()) != 0 {
				t.Error("take left messages behind")
			}
		})
	}
}
