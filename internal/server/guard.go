package server

import (
	"net"
	"net/url"
	"strings"
)

// hostSet normalizes the allowed host names; nil allows every host.
// Empty names are dropped: they never allow a request without a Host.
func hostSet(hosts []string) map[string]bool {
	if len(hosts) == 0 {
		return nil
	}
	set := make(map[string]bool, len(hosts))
	for _, h := range hosts {
		if name := hostName(h); name != "" {
			set[name] = true
		}
	}
	return set
}

// hostName returns the host of a Host header or Origin host without port,
// brackets, trailing dot or capitals: "[::1]:8080" -> "::1".
func hostName(hostport string) string {
	h := hostport
	if host, _, err := net.SplitHostPort(hostport); err == nil {
		h = host
	}
	h = strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")
	return strings.ToLower(strings.TrimSuffix(h, "."))
}

// hostAllowed reports whether a request naming host may be answered: a
// guard against DNS rebinding when bound to loopback.
func (s *Server) hostAllowed(host string) bool {
	return s.hosts == nil || s.hosts[hostName(host)]
}

// originAllowed reports whether a page from origin may open the event
// stream. Requests without an Origin header (same-origin GETs) pass.
func (s *Server) originAllowed(origin string) bool {
	if origin == "" || s.hosts == nil {
		return true
	}
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return false
	}
	return s.hosts[hostName(u.Host)]
}
