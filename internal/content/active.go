package content

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"slices"
	"strings"
)

// This file tells which files a web server or a browser does more with
// than show them: documents a browser runs scripts from, and files that
// configure the server that publishes the site. The build refuses them
// in bundles and content/static/ unless programme.yaml opts in.

// scriptExtensions are the file name extensions of documents a browser
// runs scripts from when a server sends them with the type their name
// says: HTML, XHTML, server-side includes, SVG, XML (an element in the
// XHTML namespace or an XSLT style sheet runs scripts) and saved web
// pages.
var scriptExtensions = []string{"html", "htm", "shtml", "xhtml", "xht", "svg", "svgz", "xml", "xsl", "xslt", "mht", "mhtml"}

// ScriptExtension returns the extension of the file name (its last
// name, as written) that makes it a document a browser runs scripts
// from, or "". Case does not matter, and every extension counts, not
// only the last: Apache serves page.html.en and page.html.x as HTML.
// Trailing dots and spaces are dropped, as Windows drops them.
func ScriptExtension(name string) string {
	parts := strings.Split(strings.TrimRight(path.Base(name), ". "), ".")
	for _, ext := range parts[1:] {
		if slices.Contains(scriptExtensions, strings.ToLower(ext)) {
			return "." + ext
		}
	}
	return ""
}

// serverConfigNames are the names of files that configure the web
// server publishing the folder they lie in: Apache's .htaccess and
// .htpasswd, IIS's web.config, the _redirects and _headers of Netlify
// and Cloudflare Pages, Cloudflare's _routes.json and Azure Static Web
// Apps' staticwebapp.config.json. One can redirect reviewed pages
// elsewhere, change their headers or make the server run files.
var serverConfigNames = []string{".htaccess", ".htpasswd", "web.config", "_redirects", "_headers", "_routes.json", "staticwebapp.config.json"}

// ServerConfig reports whether the file name (its last name) is one a
// web server reads as its configuration, in any case, with trailing dots
// and spaces dropped.
func ServerConfig(name string) bool {
	return slices.Contains(serverConfigNames, strings.ToLower(strings.TrimRight(path.Base(name), ". ")))
}

// ActiveBundleFile returns why a browser would run scripts from a bundle
// file of this name and these bytes (its script extension), or "". An
// SVG image is active only when it may run a script (SVGRunsScripts):
// drawings are common in posts, and a browser runs none from an SVG
// shown with <img>, but one opened on its own runs its scripts with the
// site's rights.
func ActiveBundleFile(name string, data []byte) string {
	ext := ScriptExtension(name)
	if strings.EqualFold(ext, ".svg") && ext == lastScriptExtension(name) && !SVGRunsScripts(data) {
		return ""
	}
	return ext
}

// lastScriptExtension is ScriptExtension of the last extension only
// (with trailing dots and spaces dropped), or "".
func lastScriptExtension(name string) string {
	base := strings.TrimRight(path.Base(name), ". ")
	i := strings.LastIndexByte(base, '.')
	if i <= 0 || !slices.Contains(scriptExtensions, strings.ToLower(base[i+1:])) {
		return ""
	}
	return base[i:]
}

// svgActiveElements are elements that run scripts or hold documents
// that do, whatever their namespace.
var svgActiveElements = []string{"script", "foreignobject", "handler", "listener", "iframe", "embed", "object", "frame", "frameset", "portal", "meta", "base", "form"}

// SVGRunsScripts reports whether the SVG document data may run a script
// when a browser opens it: it is not well-formed XML (or holds a document
// type with declarations, whose entities a browser expands), or it holds
// a processing instruction (a style sheet, which may be XSLT), an element
// that runs or embeds documents, any element of the XHTML namespace, an
// event attribute (on…), or a value naming a javascript:, vbscript: or
// data: address (SMIL's <set to="…"> sets links too). When unsure it says
// yes: such a file is refused unless programme.yaml allows it.
func SVGRunsScripts(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0x1f, 0x8b}) { // gzip: svgz under another name
		return true
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return false
		}
		if err != nil || activeToken(tok) {
			return true
		}
	}
}

// activeToken reports whether one token of an SVG document may run a
// script (see SVGRunsScripts).
func activeToken(tok xml.Token) bool {
	switch t := tok.(type) {
	case xml.ProcInst:
		return t.Target != "xml"
	case xml.Directive:
		return bytes.ContainsAny(t, "[<")
	case xml.StartElement:
		if t.Name.Space == "http://www.w3.org/1999/xhtml" || slices.Contains(svgActiveElements, strings.ToLower(t.Name.Local)) {
			return true
		}
		for _, a := range t.Attr {
			if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") || activeValue(a.Value) {
				return true
			}
		}
	}
	return false
}

// activeValue reports whether an attribute value names an address a
// browser runs or renders as a document: javascript:, vbscript: or
// data: (but for a bitmap, data:image/png and the like, which drawing
// programs embed), with the spaces and controls a browser skips left out.
func activeValue(v string) bool {
	v = strings.ToLower(strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f {
			return -1
		}
		return r
	}, v))
	if strings.Contains(v, "javascript:") || strings.Contains(v, "vbscript:") {
		return true
	}
	for rest := v; ; {
		_, after, found := strings.Cut(rest, "data:")
		if !found {
			return false
		}
		if !slices.ContainsFunc(bitmapTypes, func(t string) bool { return strings.HasPrefix(after, t) }) {
			return true
		}
		rest = after
	}
}

// bitmapTypes are the data: address types an SVG may embed: bitmaps,
// which run nothing.
var bitmapTypes = []string{"image/png", "image/jpeg", "image/jpg", "image/gif", "image/webp", "image/avif"}
