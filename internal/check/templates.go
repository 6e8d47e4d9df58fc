package check

import (
	"bytes"
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/themes"
)

// templates are the theme's template files, for finding where a link in
// a page was written.
type templates struct {
	files []templateFile
}

type templateFile struct {
	name    string // in the theme, e.g. "templates/base.html"
	display string // for problems, e.g. "themes/plain/templates/base.html"
	data    []byte
}

// loadTemplates reads the templates of the site's theme: the site's
// themes/NAME folder over the built-in default theme.
func loadTemplates(siteFS fs.FS, theme string) *templates {
	t := &templates{}
	tfs, err := themes.Open(siteFS, theme)
	if err != nil {
		return t
	}
	var names []string
	for _, pattern := range []string{"templates/*.html", "templates/partials/*.html"} {
		m, _ := fs.Glob(tfs, pattern)
		names = append(names, m...)
	}
	for _, name := range names {
		data, err := fs.ReadFile(tfs, name)
		if err != nil {
			continue
		}
		t.files = append(t.files, templateFile{name: name, display: themes.Source(tfs, name), data: data})
	}
	return t
}

// templatePos guesses where the theme writes value, an address found on
// page: the address as written, or its part after the base path after
// "}}" ({{.Base}}about/) or in quotes ({{url "about/"}}). The template of
// the page's kind is searched first. Without a match it names that
// template without a line.
func (lc *linkChecker) templatePos(page, value string) diag.Pos {
	if lc.templates == nil {
		lc.templates = loadTemplates(lc.siteFS, lc.site.Programme.Theme)
	}
	own := "templates/" + pageKind(page) + ".html"
	files := lc.templates.ordered(own)
	needles := []string{value}
	if rest, ok := strings.CutPrefix(value, lc.res.basePath); ok && rest != "" {
		needles = append(needles, "}}"+rest, `"`+rest+`"`)
	}
	for i, needle := range needles {
		for _, f := range files {
			if at := bytes.Index(f.data, []byte(needle)); at >= 0 {
				if i > 0 {
					at++ // skip the "}" or quote before the address
					if needle[0] == '}' {
						at++
					}
				}
				return offsetPos(f.display, f.data, at)
			}
		}
	}
	for _, f := range files {
		if f.name == own {
			return diag.Pos{Path: f.display}
		}
	}
	return diag.Pos{Path: path.Join("themes", lc.site.Programme.Theme, own)}
}

// ordered returns the files with the one named first first.
func (t *templates) ordered(first string) []templateFile {
	out := make([]templateFile, 0, len(t.files))
	for _, f := range t.files {
		if f.name == first {
			out = append(out, f)
		}
	}
	for _, f := range t.files {
		if f.name != first {
			out = append(out, f)
		}
	}
	return out
}

// offsetPos converts a byte offset in data into a position.
func offsetPos(name string, data []byte, off int) diag.Pos {
	before := data[:off]
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return diag.Pos{Path: name, Line: bytes.Count(before, []byte("\n")) + 1, Col: utf8.RuneCount(before[lineStart:]) + 1}
}

// pageKind names the template that renders the page at an output path.
func pageKind(page string) string {
	first, rest, _ := strings.Cut(page, "/")
	switch {
	case page == "index.html":
		return "home"
	case page == "404.html":
		return "404"
	case first == "posts":
		return "post"
	case first == "review":
		return "review"
	case first == "rounds" || first == "tandems" || first == "tags" || first == "authors":
		if rest == "index.html" {
			return first
		}
		if first == "authors" {
			return "author"
		}
		return strings.TrimSuffix(first, "s")
	}
	return "base"
}
