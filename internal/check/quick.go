package check

import (
	"bytes"
	"net/url"

	"github.com/tandem-mentoring/tandem/internal/mdlinks"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/yuin/goldmark/util"
)

// Parsing a post's Markdown costs some fifty times more than reading its
// bytes, and almost every link is fine. So each body is first scanned
// for every place a link can come from, without parsing: a destination
// after every "](" (inline links and images) and "]:" (reference
// definitions), every "<" that opens an autolink, and every address
// Linkify could make. The scan finds more than the parser (it also looks
// inside code, and at brackets that close no link), never less, and reads
// each destination exactly as goldmark does. Only a post with a
// destination that fails the check, or one the scan cannot read for sure,
// is parsed, to report the link at its exact position.

// quickClean reports whether no link in p's body can fail the check.
func (lc *linkChecker) quickClean(p *site.Post) bool {
	body := p.Body
	page := p.URL + "index.html"
	base := &url.URL{Path: p.Href}
	ok := func(address []byte) bool {
		_, bad := lc.check(page, htmlRef{Value: string(address)}, nil)
		return !bad && lc.unpublishedTarget(p, string(address)) == nil
	}
	for _, opener := range []string{"](", "]:"} {
		for i := 0; ; {
			at := bytes.Index(body[i:], []byte(opener))
			if at < 0 {
				break
			}
			i += at + len(opener)
			dest, sure := scanDest(body[i:])
			if !sure {
				return false
			}
			if len(dest) > 0 && !ok(mdlinks.Address(base, dest)) {
				return false
			}
		}
	}
	for i := 0; ; {
		at := bytes.IndexByte(body[i:], '<')
		if at < 0 {
			break
		}
		i += at + 1
		if address := autoLinkURL(body[i:]); address != nil && !ok(util.URLEscape(address, false)) {
			return false
		}
	}
	return lc.noOwnHostLinkify(body)
}

// scanDest reads a link destination at the start of b as goldmark's
// parser does (spaces and tabs before it skipped). sure is false when the
// destination starts on another line (where a quote or list would take
// away part of the line first) or holds a backslash (which tables treat
// in their own way).
func scanDest(b []byte) (dest []byte, sure bool) {
	b = bytes.TrimLeft(b, " \t")
	if line := bytes.IndexByte(b, '\n'); line >= 0 {
		b = b[:line+1]
	}
	switch {
	case len(b) == 0:
		return nil, true
	case util.IsSpace(b[0]):
		return nil, false
	case b[0] == '<':
		end := bytes.IndexByte(b, '>')
		if end < 0 {
			return nil, true // not a destination: no link
		}
		return b[1:end], !bytes.Contains(b[1:end], []byte{'\\'})
	}
	opened := 0
	for i, c := range b {
		switch {
		case c == '\\':
			return nil, false
		case c == '(':
			opened++
		case c == ')':
			opened--
			if opened < 0 {
				return b[:i], true
			}
		case util.IsSpace(c):
			return b[:i], true
		}
	}
	return b, true
}

// autoLinkURL returns the address of the URL autolink starting after a
// "<" at the start of b, as goldmark's autolink parser finds it, or nil.
// (An e-mail autolink becomes a mailto: address, which is not checked.)
func autoLinkURL(b []byte) []byte {
	if line := bytes.IndexByte(b, '\n'); line >= 0 {
		b = b[:line+1]
	}
	if util.FindEmailIndex(b) >= 0 {
		return nil
	}
	stop := util.FindURLIndex(b)
	if stop < 0 || stop >= len(b) || b[stop] != '>' {
		return nil
	}
	return b[:stop]
}

// noOwnHostLinkify reports whether every address Linkify could make of
// the body leads off the site's host, so needs no check: it makes them
// of text starting with "http://", "https://", "ftp://" or "www.". An
// empty host, one starting with the site's host, and one with "%", ":"
// or "@" (an escape, a port, a user name) are not judged here.
func (lc *linkChecker) noOwnHostLinkify(body []byte) bool {
	own := lc.res.base.Hostname()
	for _, marker := range []string{"://", "www."} {
		for i := 0; ; {
			at := bytes.Index(body[i:], []byte(marker))
			if at < 0 {
				break
			}
			start := i + at
			if marker == "://" {
				start += len(marker)
			}
			i += at + len(marker)
			host := body[start:]
			end := 0
			for end < len(host) && linkifyHostByte(host[end]) {
				end++
			}
			host = host[:end]
			if bytes.ContainsAny(host, "%:@") {
				return false
			}
			if hash := bytes.IndexByte(host, '#'); hash >= 0 {
				host = host[:hash]
			}
			// Linkify may end the address before the end of these bytes
			// (after any ".letters"), so the host may be any start of
			// them; and no host is the page's own.
			if len(host) == 0 || len(host) >= len(own) && bytes.EqualFold(host[:len(own)], []byte(own)) {
				return false
			}
		}
	}
	return true
}

// linkifyHostByte reports a byte Linkify takes into the host of an
// address it makes.
func linkifyHostByte(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return bytes.IndexByte([]byte("-@:%._+~#="), c) >= 0
}
