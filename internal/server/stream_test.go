package server

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sync"
	"testing"
	"testing/fstest"
	"time"
)

// bigFile is a bundle photo of 4 MiB.
var bigFile = bytes.Repeat([]byte("tandem-photo-01\n"), 1<<18)

// bigSite is a site with a large file, as a bundle with photos has.
func bigSite() fstest.MapFS {
	site := fakeSite()
	site["posts/x/foto.jpg"] = &fstest.MapFile{Data: bigFile, ModTime: time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC)}
	return site
}

// TestLargeFileMemoryIsBounded has 32 clients fetch a 4 MiB file at once
// and holds them all mid-response: the server's heap grows by far less
// than one copy of the file per client (before, each request read the
// whole file into memory: 128 MiB here). Then each client gets every
// byte.
func TestLargeFileMemoryIsBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("measures the heap, which the race detector inflates: the run without -short has it")
	}
	const clients = 32
	s := servedWith(t, Options{}, bigSite())
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	before := liveHeap()

	var started, finish sync.WaitGroup
	finish.Add(1)
	started.Add(clients)
	errs := make(chan error, clients)
	for range clients {
		go func() {
			resp, err := http.Get(ts.URL + "/posts/x/foto.jpg")
			started.Done()
			if err != nil {
				errs <- err
				return
			}
			defer resp.Body.Close()
			finish.Wait() // every response is under way before any is read
			body, err := io.ReadAll(resp.Body)
			if err == nil && (resp.StatusCode != http.StatusOK || !bytes.Equal(body, bigFile)) {
				err = io.ErrUnexpectedEOF
			}
			errs <- err
		}()
	}
	started.Wait()
	grown := liveHeap() - before
	finish.Done()
	for range clients {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	t.Logf("heap grew by %.1f MiB with %d clients of a 4 MiB file", float64(grown)/(1<<20), clients)
	if grown > 16<<20 {
		t.Errorf("heap grew by %d MiB serving %d clients; want under 16 MiB", grown>>20, clients)
	}
}

// liveHeap is the heap in use after a collection.
func liveHeap() int64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

// TestRangeAndConditionalRequests: a part of a file is served as asked,
// and a client that has the file gets 304 by its ETag or its date.
func TestRangeAndConditionalRequests(t *testing.T) {
	t.Parallel()
	h := servedWith(t, Options{}, bigSite()).Handler()
	full := request(h, "GET", "/posts/x/foto.jpg")
	if full.Code != http.StatusOK || full.Body.Len() != len(bigFile) || full.Header().Get("Content-Type") != "image/jpeg" {
		t.Fatalf("GET: %d, %d bytes, %s", full.Code, full.Body.Len(), full.Header().Get("Content-Type"))
	}
	part := request(h, "GET", "/posts/x/foto.jpg", "Range", "bytes=16-47")
	if part.Code != http.StatusPartialContent || !bytes.Equal(part.Body.Bytes(), bigFile[16:48]) {
		t.Errorf("Range: %d with %d bytes", part.Code, part.Body.Len())
	}
	if got := part.Header().Get("Content-Range"); got != "bytes 16-47/4194304" {
		t.Errorf("Content-Range %q", got)
	}
	tag, date := full.Header().Get("ETag"), full.Header().Get("Last-Modified")
	if tag == "" || date == "" {
		t.Fatalf("no ETag (%q) or Last-Modified (%q)", tag, date)
	}
	for _, header := range [][]string{{"If-None-Match", tag}, {"If-Modified-Since", date}} {
		if w := request(h, "GET", "/posts/x/foto.jpg", header...); w.Code != http.StatusNotModified || w.Body.Len() > 0 {
			t.Errorf("%s: %d with %d bytes, want 304", header[0], w.Code, w.Body.Len())
		}
	}
	// A file made by the build (no modification time) has an ETag too.
	feed := request(h, "GET", "/feed.xml")
	if w := request(h, "GET", "/feed.xml", "If-None-Match", feed.Header().Get("ETag")); feed.Header().Get("ETag") == "" || w.Code != http.StatusNotModified {
		t.Errorf("feed.xml: ETag %q, then %d", feed.Header().Get("ETag"), w.Code)
	}
	head := request(h, "HEAD", "/posts/x/foto.jpg")
	if head.Code != http.StatusOK || head.Body.Len() != 0 || head.Header().Get("Content-Length") != "4194304" {
		t.Errorf("HEAD: %d, %d bytes, length %q", head.Code, head.Body.Len(), head.Header().Get("Content-Length"))
	}
}

// TestBusyServerSaysRetryAfter lets one request be served at a time: while
// one is under way, another that waited its time gets 503 with
// Retry-After; once the first is done, requests are served again.
func TestBusyServerSaysRetryAfter(t *testing.T) {
	t.Parallel()
	s := servedWith(t, Options{MaxRequests: 1, RequestWait: time.Millisecond}, bigSite())
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	resp, err := http.Get(ts.URL + "/posts/x/foto.jpg") // not read: the server is still writing it
	if err != nil {
		t.Fatal(err)
	}
	busy := request(s.Handler(), "GET", "/index.html")
	if busy.Code != http.StatusServiceUnavailable || busy.Header().Get("Retry-After") == "" {
		t.Errorf("while busy: %d, Retry-After %q", busy.Code, busy.Header().Get("Retry-After"))
	}
	resp.Body.Close()
	deadline := time.Now().Add(time.Minute) // a safety net, not what is tested
	for request(s.Handler(), "GET", "/index.html").Code != http.StatusOK {
		if time.Now().After(deadline) {
			t.Fatal("the server stayed busy after the first request ended")
		}
		time.Sleep(time.Millisecond)
	}
}
