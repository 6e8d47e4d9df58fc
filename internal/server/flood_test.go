package server

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestPublishFloodNoLeak is not parallel: it counts goroutines.
func TestPublishFloodNoLeak(t *testing.T) {
	const clients, publishes = 50, 10_000
	baseline := runtime.NumGoroutine()
	s := New(Options{})
	ts := httptest.NewServer(s.Handler())
	transport := &http.Transport{MaxIdleConnsPerHost: clients}
	ctx, cancel := context.WithTimeout(t.Context(), waitLimit)
	t.Cleanup(func() { cancel(); s.Close(); ts.Close() })
	streams := make([]*sseStream, clients)
	for i := range streams {
		streams[i] = openEventsWith(ctx, t, &http.Client{Transport: transport}, ts.URL)
		streams[i].expect(t, "ok", "{}")
	}
	waitClients(t, s, clients)

	// Half the clients read during the flood, half only after it: their
	// queues overflow and must still end with the last message.
	var wg sync.WaitGroup
	results := make(chan string, clients)
	var overflows atomic.Int64
	readAll := func(st *sseStream) { results <- readUntilFinal(st, &overflows) }
	for _, st := range streams[:clients/2] {
		wg.Go(func() { readAll(st) })
	}
	for i := range publishes - 1 {
		if i%100 == 99 {
			s.Publish(Update{Problems: brokenBuild()})
			continue
		}
		s.Publish(Update{Site: fakeSite(), Changed: []string{fmt.Sprintf("posts/p%d/index.html", i)}})
	}
	s.Publish(Update{Site: fakeSite(), Changed: []string{"final"}})
	for _, st := range streams[clients/2:] {
		wg.Go(func() { readAll(st) })
	}
	wg.Wait()
	close(results)
	for r := range results {
		if r != "" {
			t.Error(r)
		}
	}
	t.Logf("%d publishes to %d clients; slow clients collapsed their queue %d times",
		publishes, clients, overflows.Load())

	cancel()
	s.Close()
	ts.Close()
	transport.CloseIdleConnections()
	waitGoroutines(t, baseline)
}

// openEventsWith is openEvents with a given client.
func openEventsWith(ctx context.Context, t *testing.T, client *http.Client, baseURL string) *sseStream {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, "GET", baseURL+"/_tandem/events", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	st := &sseStream{resp: resp, r: bufio.NewReader(resp.Body)}
	t.Cleanup(st.close)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("event stream: status %d", resp.StatusCode)
	}
	return st
}

// readUntilFinal reads events until the last publish arrives; it returns
// a description of what went wrong, or "".
func readUntilFinal(st *sseStream, overflows *atomic.Int64) string {
	for {
		ev, err := st.next()
		if err != nil {
			return "stream ended before the last publish: " + err.Error()
		}
		if ev.data == `{"changed":null}` {
			overflows.Add(1)
		}
		if ev.name == "reload" && ev.data == `{"changed":["final"]}` {
			return ""
		}
	}
}

// waitGoroutines waits until no more goroutines run than at baseline, and
// fails with their stacks if that does not happen within waitLimit.
func waitGoroutines(t *testing.T, baseline int) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for runtime.NumGoroutine() > baseline {
		if time.Now().After(deadline) {
			_ = pprof.Lookup("goroutine").WriteTo(os.Stderr, 1)
			t.Fatalf("goroutines: %d, baseline %d: leak", runtime.NumGoroutine(), baseline)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
