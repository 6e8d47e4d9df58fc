package mdlinks

import (
	"bytes"

	"github.com/yuin/goldmark/util"
)

// Parsing a post's Markdown costs some fifty times more than reading its
// bytes, and almost every link is fine. So each body is first scanned
// for every place a link can come from, without parsing: a destination
// after every "](" (inline links and images) and "]:" (reference
// definitions), every "<" that opens an autolink, and every address
// Linkify could make. The scan finds more than the parser (it also looks
// inside code, and at brackets that close no link), never less, and reads
// each destination exactly as goldmark does. internal/check parses only
// a post with a destination that fails its check, or one the scan cannot
// read for sure, to report the link at its exact position.

// Scan is what the quick scan of a body finds (see ScanBody). It is
// plain data, so the body can be let go once it is scanned.
type Scan struct {
	// Unsure is set when the scan cannot read a place for sure: a
	// destination that starts on another line or holds a backslash, or
	// an address Linkify could make whose host is empty or holds "%",
	// ":" or "@" (an escape, a port, a user name). Then the body must be
	// parsed, and the other fields may be incomplete.
	Unsure bool
	// Dests are the destinations after "](" and "]:", as written, in
	// the order found; empty ones are left out.
	Dests []string
	// AutoLinks are the addresses of URL autolinks ("<https://…>"),
	// URL-escaped as goldmark writes them.
	AutoLinks []string
	// Hosts are what Linkify could take for the host of an address it
	// makes of bare text ("http://", "https://", "ftp://" or "www."):
	// it may end the address earlier, so the host is any start of one.
	Hosts []string
}

// ScanBody scans body for every place a link can come from, without
// parsing it.
func ScanBody(body []byte) Scan {
	var s Scan
	for _, opener := range []string{"](", "]:"} {
		for i := 0; ; {
			at := bytes.Index(body[i:], []byte(opener))
			if at < 0 {
				break
			}
			i += at + len(opener)
			dest, sure := scanDest(body[i:])
			if !sure {
				return Scan{Unsure: true}
			}
			if len(dest) > 0 {
				s.Dests = append(s.Dests, string(dest))
			}
		}
	}
	for i := 0; ; {
		at := bytes.IndexByte(body[i:], '<')
		if at < 0 {
			break
		}
		i += at + 1
		if address := autoLinkURL(body[i:]); address != nil {
			s.AutoLinks = append(s.AutoLinks, string(util.URLEscape(address, false)))
		}
	}
	if !s.linkifyHosts(body) {
		return Scan{Unsure: true}
	}
	return s
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

// linkifyHosts adds to s.Hosts the host of every address Linkify could
// make of the body; it reports false for a host it cannot judge (empty,
// or holding "%", ":" or "@").
func (s *Scan) linkifyHosts(body []byte) bool {
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
			if len(host) == 0 {
				return false
			}
			s.Hosts = append(s.Hosts, string(host))
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
