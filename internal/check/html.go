package check

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// htmlRef is one address in a page: the element and attribute it is in
// and the value as the browser reads it (entities decoded).
type htmlRef struct {
	Tag, Attr, Value string
}

// image reports whether the address loads an image (or other media)
// rather than leading to a page.
func (r htmlRef) image() bool {
	switch r.Tag {
	case "img", "source", "picture", "video", "audio", "track":
		return true
	}
	return r.Attr == "poster"
}

// pageRefs returns every href, src, srcset and poster address in an HTML
// page, in document order, using the HTML5 tokenizer (so comments,
// scripts and entities are read as a browser reads them).
func pageRefs(data []byte) []htmlRef {
	var refs []htmlRef
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return refs // io.EOF: the page is read from memory
		case html.StartTagToken, html.SelfClosingTagToken:
			if !mayHoldAddress(z.Raw()) {
				continue // most tags: reading their name and attributes would copy them
			}
			name, hasAttr := z.TagName()
			if string(name) == "base" {
				continue // changes nothing we check; themes do not use it
			}
			tag := "" // made only for tags with an address, to save allocations
			for hasAttr {
				var key, val []byte
				key, val, hasAttr = z.TagAttr()
				attr := attrName(key)
				if attr == "" {
					continue
				}
				if tag == "" {
					tag = string(name)
				}
				if attr != "srcset" {
					refs = append(refs, htmlRef{Tag: tag, Attr: attr, Value: string(val)})
					continue
				}
				for _, candidate := range srcset(string(val)) {
					refs = append(refs, htmlRef{Tag: tag, Attr: attr, Value: candidate})
				}
			}
		}
	}
}

// srcset splits a srcset attribute ("a.png 1x, b.png 2x") into its
// addresses.
func srcset(v string) []string {
	var out []string
	for _, part := range strings.Split(v, ",") {
		if f := strings.Fields(part); len(f) > 0 {
			out = append(out, f[0])
		}
	}
	return out
}

// attrName returns the name of an attribute that holds an address, or "".
func attrName(key []byte) string {
	switch string(key) {
	case "href":
		return "href"
	case "src":
		return "src"
	case "srcset":
		return "srcset"
	case "poster":
		return "poster"
	}
	return ""
}

// mayHoldAddress reports whether a raw start tag may have an address
// attribute. It errs towards yes: any capital letter counts.
func mayHoldAddress(raw []byte) bool {
	for _, c := range raw {
		if 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return bytes.Contains(raw, []byte("href")) || bytes.Contains(raw, []byte("src")) || bytes.Contains(raw, []byte("poster"))
}
