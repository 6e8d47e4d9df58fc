package server

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
)

// versionedSite is a site whose every page names version v at its start
// and at its end, so a response mixing two sites shows.
func versionedSite(v int) fstest.MapFS {
	filler := strings.Repeat("tandem ", 2048) // 14 KiB per page
	page := func() *fstest.MapFile {
		return &fstest.MapFile{Data: fmt.Appendf(nil,
			"<!doctype html><html><body><p>BEGIN-%d</p>%s<p>END-%d</p></body></html>", v, filler, v)}
	}
	site := fstest.MapFS{"index.html": page()}
	for i := range 4 {
		site[fmt.Sprintf("posts/p%d/index.html", i)] = page()
	}
	return site
}

// checkVersion returns the version of a complete page, or an error when the
// page is cut, mixed or newer than the last published version.
func checkVersion(body string, newest int) error {
	whole := regexp.MustCompile(`^<!doctype html><html><body><p>BEGIN-(\d+)</p>.*<p>END-(\d+)</p>` +
		`<script src="/_tandem/live.js" data-build="[0-9a-f]+-\d+" defer></script></body></html>$`)
	m := whole.FindStringSubmatch(body)
	if m == nil {
		return fmt.Errorf("page is not one complete version (%d bytes)", len(body))
	}
	begin, _ := strconv.Atoi(m[1])
	end, _ := strconv.Atoi(m[2])
	if begin != end || begin > newest {
		return fmt.Errorf("page mixes versions %d and %d (newest published %d)", begin, end, newest)
	}
	return nil
}

func TestConcurrentReadersDuringSwaps(t *testing.T) {
	t.Parallel()
	readers, perReader := 200, 3
	if testing.Short() {
		// The race detector's pass (.ci/run): every request costs ten
		// times as much there. 80 readers still queue for the 64 turns.
		readers = 80
	}
	s := New(Options{Hosts: []string{"127.0.0.1"}})
	s.Publish(Update{Site: versionedSite(0)})
	url, conns := countingServer(t, s)
	transport := &http.Transport{MaxIdleConnsPerHost: readers, MaxConnsPerHost: readers}
	t.Cleanup(transport.CloseIdleConnections)
	client := &http.Client{Transport: transport}
	ctx := testContext(t)

	var published atomic.Int64 // newest version handed to Publish
	stop := make(chan struct{})
	swapped := swapSites(s, &published, stop)
	start := make(chan struct{})
	errs := make(chan error, readers*perReader)
	var wg sync.WaitGroup
	for r := range readers {
		wg.Go(func() {
			<-start
			for i := range perReader {
				target := url + "/"
				if k := (r + i) % 5; k > 0 {
					target = fmt.Sprintf("%s/posts/p%d/", url, k-1)
				}
				errs <- readPage(ctx, client, target, &published)
			}
		})
	}
	close(start)
	wg.Wait()
	close(stop)
	close(errs)
	if failed := reportErrors(t, errs); failed > 0 {
		t.Fatalf("%d of %d requests failed", failed, readers*perReader)
	}
	// The client keeps at most one connection per reader open, but one the
	// server closes (a keep-alive race) is replaced, so the total may pass
	// readers; one connection per request would mean none was reused.
	if n := conns.Load(); n < 1 || n >= int64(readers*perReader) {
		t.Errorf("%d connections for %d requests, want fewer: connections are reused", n, readers*perReader)
	}
	t.Logf("%d requests on %d connections while %d sites were published",
		readers*perReader, conns.Load(), <-swapped)
}

// countingServer serves s on loopback and counts the connections made.
func countingServer(t *testing.T, s *Server) (string, *atomic.Int64) {
	var conns atomic.Int64
	ts := httptest.NewUnstartedServer(s.Handler())
	ts.Config.ConnState = func(_ net.Conn, state http.ConnState) {
		if state == http.StateNew {
			conns.Add(1)
		}
	}
	ts.Start()
	t.Cleanup(ts.Close)
	t.Cleanup(s.Close)
	return ts.URL, &conns
}

// swapSites publishes new versions of the site until stop closes, at
// most 1000, and then sends how many it published.
func swapSites(s *Server, published *atomic.Int64, stop <-chan struct{}) <-chan int {
	swapped := make(chan int, 1)
	go func() {
		v := 0
		defer func() { swapped <- v }()
		for ; v < 1000; v++ {
			select {
			case <-stop:
				return
			default:
			}
			site := versionedSite(v + 1)
			published.Store(int64(v + 1)) // before Publish: a reader may see it at once
			s.Publish(Update{Site: site, Changed: []string{"index.html"}})
		}
		<-stop
	}()
	return swapped
}

// reportErrors reports the first few errors and returns how many there were.
func reportErrors(t *testing.T, errs <-chan error) int {
	t.Helper()
	failed := 0
	for err := range errs {
		if err != nil {
			if failed++; failed <= 5 {
				t.Error(err)
			}
		}
	}
	return failed
}

// readPage fetches target and checks it is one whole published version.
func readPage(ctx context.Context, client *http.Client, target string, published *atomic.Int64) error {
	req, err := http.NewRequestWithContext(ctx, "GET", target, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: status %d", target, resp.StatusCode)
	}
	if resp.ContentLength != int64(len(body)) {
		return fmt.Errorf("%s: Content-Length %d, body %d bytes", target, resp.ContentLength, len(body))
	}
	return checkVersion(string(body), int(published.Load()))
}

func TestCheckVersion(t *testing.T) {
	t.Parallel()
	whole := string(injectScript(versionedSite(3)["index.html"].Data, []byte(liveTag)))
	mixed := strings.Replace(whole, "END-3", "END-2", 1)
	tests := []struct {
		name   string
		body   string
		newest int
		ok     bool
	}{
		{"whole", whole, 3, true},
		{"mixed", mixed, 3, false},
		{"cut", whole[:len(whole)/2], 3, false},
		{"unpublished", whole, 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if err := checkVersion(tt.body, tt.newest); (err == nil) != tt.ok {
				t.Errorf("checkVersion = %v, want ok=%v", err, tt.ok)
			}
		})
	}
}
