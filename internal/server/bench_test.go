package server

import (
	"fmt"
	"net/http/httptest"
	"testing"
)

// BenchmarkServePage measures one 14 KiB HTML page through the handler,
// script injection included.
func BenchmarkServePage(b *testing.B) {
	s := New(Options{Hosts: []string{"127.0.0.1"}})
	s.Publish(Update{Site: versionedSite(1)})
	h := s.Handler()
	r := httptest.NewRequest("GET", "/posts/p1/", nil)
	r.Host = "127.0.0.1:8080"
	b.ReportAllocs()
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != 200 {
			b.Fatalf("status %d", w.Code)
		}
	}
}

// BenchmarkPublish measures one Publish with 0, 50 and 256 open streams whose tabs
// never read (the queues stay collapsed at their bound).
func BenchmarkPublish(b *testing.B) {
	for _, clients := range []int{0, 50, 256} {
		b.Run(fmt.Sprint(clients, "clients"), func(b *testing.B) {
			s := New(Options{})
			for range clients {
				if _, _, ok := s.hub.join(); !ok {
					b.Fatal("join refused")
				}
			}
			site := fakeSite()
			changed := []string{"posts/x/index.html", "index.html"}
			b.ReportAllocs()
			for b.Loop() {
				s.Publish(Update{Site: site, Changed: changed})
			}
		})
	}
}

// BenchmarkInjectScript measures the copy with the script added.
func BenchmarkInjectScript(b *testing.B) {
	page := versionedSite(1)["index.html"].Data
	tag := []byte(liveTag)
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		injectScript(page, tag)
	}
}
