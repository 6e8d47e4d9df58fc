package check

import (
	"net/url"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/mdlinks"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// quickClean reports whether no link in p's body can fail the check,
// from the quick scan of the body (mdlinks.ScanBody), which the post is
// parsed after only when this says no.
func (lc *linkChecker) quickClean(p *site.Post, scan mdlinks.Scan) bool {
	if scan.Unsure {
		return false
	}
	page := p.URL + "index.html"
	base := &url.URL{Path: p.Href}
	ok := func(address string) bool {
		_, bad := lc.check(page, htmlRef{Value: address}, nil)
		return !bad && lc.unpublishedTarget(p, address) == nil
	}
	for _, dest := range scan.Dests {
		if !ok(string(mdlinks.Address(base, []byte(dest)))) {
			return false
		}
	}
	for _, address := range scan.AutoLinks {
		if !ok(address) {
			return false
		}
	}
	return lc.noOwnHost(scan.Hosts)
}

// noOwnHost reports whether every address Linkify could make of the
// body leads off the site's host, so needs no check: hosts are what it
// could take for the host (mdlinks.Scan.Hosts), and it may end the
// address before the end of one (after any ".letters"), so the host may
// be any start of it; no start may be the site's own host.
func (lc *linkChecker) noOwnHost(hosts []string) bool {
	own := lc.res.base.Hostname()
	for _, host := range hosts {
		if len(host) >= len(own) && strings.EqualFold(host[:len(own)], own) {
			return false
		}
	}
	return true
}
