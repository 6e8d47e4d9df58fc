package server

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// diskSite writes a site folder beside a secret file and returns the site
// opened through os.Root, as cmd/tandem does.
func diskSite(t *testing.T) *os.Root {
	t.Helper()
	dir := t.TempDir()
	site := filepath.Join(dir, "site")
	files := map[string]string{
		"secret.txt":               "TOPSECRET",
		"site/index.html":          "<body>home</body>",
		"site/.env":                "TOPSECRET",
		"site/.git/config":         "TOPSECRET",
		"site/posts/.draft/a.html": "TOPSECRET",
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	links := map[string]string{
		"leak":       filepath.Join(dir, "secret.txt"),
		"leakdir":    dir,
		"rel-leak":   "../secret.txt",
		"alias.html": "index.html",
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(site, name)); err != nil {
			t.Skipf("symlinks unavailable: %v", err)
		}
	}
	root, err := os.OpenRoot(site)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	return root
}

// rawGet sends target exactly as given, which http.Client would not.
func rawGet(t *testing.T, addr, target string) (int, string) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	req := "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
	if _, err := io.WriteString(conn, req); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

func TestNeverServeOutsideSite(t *testing.T) {
	t.Parallel()
	root := diskSite(t)
	s := New(Options{Hosts: []string{"127.0.0.1"}})
	s.Publish(Update{Site: root.FS()})
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	t.Cleanup(s.Close)
	addr := ts.Listener.Addr().String()
	tests := []struct {
		target string
		status int
	}{
		{"/../etc/passwd", 400},
		{"/../secret.txt", 400},
		{"/posts/../../secret.txt", 400},
		{"/%2e%2e/secret.txt", 400},
		{"/%2E%2E%2Fsecret.txt", 400},
		{"/%252e%252e/secret.txt", 400},
		{"/%252e%252e%252fsecret.txt", 400},
		{"/..%5csecret.txt", 400},
		{"/..%5c..%5csecret.txt", 400},
		{`/a\..\..\secret.txt`, 400},
		{"/%00", 400},
		{"/index.html%00.txt", 400},
		{"/\x00", 400},
		{"/%c0%ae%c0%ae/secret.txt", 400},
		{"/./index.html", 400},
		{"http://127.0.0.1/../secret.txt", 400},
		{"/.git/config", 404},
		{"/.env", 404},
		{"/%2eenv", 404},
		{"/%2egit/config", 404},
		{"/posts/.draft/a.html", 404},
		{"//secret.txt", 404},
		{"/leak", 404},
		{"/rel-leak", 404},
		{"/leakdir/secret.txt", 404},
		{"/index.html/", 404},
		{"/alias.html", 200},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			t.Parallel()
			status, body := rawGet(t, addr, tt.target)
			if status != tt.status {
				t.Errorf("status = %d, want %d", status, tt.status)
			}
			if strings.Contains(body, "TOPSECRET") {
				t.Errorf("served a file outside the site: %q", body)
			}
		})
	}
}

func TestHostGuard(t *testing.T) {
	t.Parallel()
	loopback := []string{"127.0.0.1", "localhost", "[::1]"}
	tests := []struct {
		hosts  []string
		host   string
		status int
	}{
		{loopback, "127.0.0.1:8080", 200},
		{loopback, "127.0.0.1", 200},
		{loopback, "localhost:1313", 200},
		{loopback, "LocalHost.:1313", 200},
		{loopback, "[::1]:8080", 200},
		{loopback, "[::1]", 200},
		{[]string{"::1"}, "[::1]:9", 200},
		{loopback, "evil.example:8080", 403},
		{loopback, "evil.example", 403},
		{loopback, "127.0.0.1.evil.example", 403},
		{loopback, "localhost.evil.example:80", 403},
		{loopback, "", 403},
		{[]string{""}, "", 403},
		{nil, "evil.example:8080", 200},
		{nil, "192.168.1.10:8080", 200},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.hosts, ",")+" "+tt.host, func(t *testing.T) {
			t.Parallel()
			s := servedWith(t, Options{Hosts: tt.hosts}, fakeSite())
			for _, target := range []string{"/", "/_tandem/live.js"} {
				w := request(s.Handler(), "GET", target, "Host", tt.host)
				if w.Code != tt.status {
					t.Errorf("%s: status = %d, want %d", target, w.Code, tt.status)
				}
				if tt.status == 403 && !strings.HasPrefix(w.Header().Get("Content-Type"), "text/plain") {
					t.Errorf("403 should be plain text, got %q", w.Header().Get("Content-Type"))
				}
				if tt.status == 403 && !strings.Contains(w.Body.String(), "only answers to its own address") {
					t.Errorf("403 body %q gives no reason", w.Body)
				}
			}
		})
	}
}

func TestHostGuardLogs(t *testing.T) {
	t.Parallel()
	var log strings.Builder
	s := New(Options{Hosts: []string{"localhost"}, Log: &log})
	t.Cleanup(s.Close)
	request(s.Handler(), "GET", "/", "Host", "evil.example")
	if !strings.Contains(log.String(), `403 GET "/": host "evil.example" not allowed`) {
		t.Errorf("log = %q", log.String())
	}
}

func TestOriginGuard(t *testing.T) {
	t.Parallel()
	loopback := []string{"127.0.0.1", "localhost", "[::1]"}
	tests := []struct {
		hosts  []string
		origin string
		status int
	}{
		{loopback, "", 200},
		{loopback, "http://127.0.0.1:8080", 200},
		{loopback, "http://localhost:1313", 200},
		{loopback, "http://[::1]:1313", 200},
		{loopback, "https://evil.example", 403},
		{loopback, "http://127.0.0.1.evil.example", 403},
		{loopback, "null", 403},
		{loopback, "file://", 403},
		{loopback, "chrome-extension://localhost", 403},
		{nil, "https://evil.example", 200},
	}
	for _, tt := range tests {
		t.Run(tt.origin, func(t *testing.T) {
			t.Parallel()
			s := servedWith(t, Options{Hosts: tt.hosts}, fakeSite())
			w := request(s.Handler(), "HEAD", "/_tandem/events", "Host", "127.0.0.1:8080", "Origin", tt.origin)
			if w.Code != tt.status {
				t.Errorf("status = %d, want %d", w.Code, tt.status)
			}
			if tt.status == 200 && w.Header().Get("Content-Type") != "text/event-stream" {
				t.Errorf("Content-Type = %q", w.Header().Get("Content-Type"))
			}
		})
	}
}
