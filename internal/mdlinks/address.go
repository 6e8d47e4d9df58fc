package mdlinks

import (
	"bytes"
	"net/url"
	"strings"

	"github.com/yuin/goldmark/util"
)

// Resolve resolves a relative destination against the post's page the
// way render does; addresses with a scheme, a host, or starting with "/",
// "#" or "?" stay as they are. The usual destination, a plain relative
// path such as "../other-post/" on a page whose path is plain too, is
// resolved without parsing it as a URL (resolvePlain): the same bytes,
// without the URL's allocations, for every link of every post.
func Resolve(base *url.URL, dest []byte) []byte {
	if r, ok := resolvePlain(base.Path, dest); ok && plainPage(base.Path) {
		return r
	}
	return resolveURL(base, dest)
}

// plainPage reports whether page is a plain absolute path ("/", then what
// plainTail accepts): resolving a plain path against it gives a plain
// path, which escaping leaves as it is.
func plainPage(page string) bool {
	return strings.HasPrefix(page, "/") && plainTail([]byte(page[1:]))
}

// resolveURL is Resolve by parsing dest as a URL.
func resolveURL(base *url.URL, dest []byte) []byte {
	d := string(dest)
	if d == "" || d[0] == '/' || d[0] == '#' || d[0] == '?' {
		return dest
	}
	u, err := url.Parse(d)
	if err != nil || u.Scheme != "" || u.Host != "" {
		return dest
	}
	return []byte(base.ResolveReference(u).String())
}

// Address is the address render writes for dest, a destination in the
// post whose page is at base: resolved against the page (Resolve), then
// escaped. The usual destination, such as "../other-post/" or
// "bild.png", is resolved without parsing it as a URL (see
// resolvePlain), which is what makes checking every link of a large site
// cheap.
func Address(base *url.URL, dest []byte) []byte {
	if r, ok := resolvePlain(base.Path, dest); ok && plainPage(base.Path) {
		return r
	}
	return util.URLEscape(resolveURL(base, dest), true)
}

// resolvePlain resolves dest against the folder page (a path ending in
// "/") when dest is a plain relative path: "../" some times, then names of
// letters, digits and "-._~" separated by single slashes, none of them
// "." or "..". Escaping changes nothing in such a path. ok is false for
// any other destination, and for more "../" than page has folders.
func resolvePlain(page string, dest []byte) (resolved []byte, ok bool) {
	up := 0
	for bytes.HasPrefix(dest[up*3:], []byte("../")) {
		up++
	}
	tail := dest[up*3:]
	if len(dest) == 0 || !strings.HasSuffix(page, "/") || !plainTail(tail) {
		return nil, false
	}
	dir := strings.TrimSuffix(page, "/")
	for range up {
		i := strings.LastIndexByte(dir, '/')
		if i < 0 {
			return nil, false
		}
		dir = dir[:i]
	}
	resolved = make([]byte, 0, len(dir)+1+len(tail))
	resolved = append(append(append(resolved, dir...), '/'), tail...)
	return resolved, true
}

// plainTail reports names of letters, digits and "-._~" separated by
// single slashes (one may end it), none of them "." or "..".
func plainTail(tail []byte) bool {
	for i := 0; i < len(tail); {
		end := len(tail)
		if j := bytes.IndexByte(tail[i:], '/'); j >= 0 {
			end = i + j
		}
		name := tail[i:end]
		if len(name) == 0 || string(name) == "." || string(name) == ".." {
			return false
		}
		for _, c := range name {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
				return false
			}
		}
		i = end + 1
	}
	return true
}
