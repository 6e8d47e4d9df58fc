package content

import (
	"bytes"
	"regexp"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// checkWriting warns about Markdown that does not come out as its author
// meant: raw HTML, which the page leaves out (tandem publishes no raw
// HTML: it could run scripts), and a link or image whose address has a
// space in it (![Foto](Foto vom Treffen.jpg)), which Markdown does not
// read as a link, so the brackets show as text. Lines in fenced or
// indented code and in code spans are left alone. Each kind is reported
// once per post, at its first line, with how many lines have it.
func checkWriting(p *Post) diag.List {
	var html, spaced finding
	fence := []byte(nil)
	line := p.BodyLine
	for rest := p.Body; len(rest) > 0; line++ {
		l := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		trimmed := bytes.TrimLeft(l, " ")
		if fence != nil {
			if bytes.HasPrefix(trimmed, fence) {
				fence = nil
			}
			continue
		}
		if f := fenceOf(trimmed); f != nil {
			fence = f
			continue
		}
		if len(l)-len(trimmed) >= 4 || bytes.HasPrefix(l, []byte("\t")) {
			continue // indented code, or a paragraph continued deep in a list: left alone
		}
		hasTag, hasLink := bytes.IndexByte(l, '<') >= 0, bytes.Contains(l, []byte("]("))
		if !hasTag && !hasLink {
			continue // most lines: no regular expression runs
		}
		text := l
		if bytes.IndexByte(l, '`') >= 0 {
			text = codeSpans.ReplaceAll(l, nil)
		}
		if hasTag {
			h := bracketed.ReplaceAll(text, []byte("]("))
			if loc := rawHTML.FindIndex(h); loc != nil {
				html.add(line, col(l, h[loc[0]:loc[1]]))
			}
		}
		if hasLink && spaceInTarget(text) {
			if loc := spacedTarget.FindSubmatchIndex(text); loc != nil && !titled.Match(text[loc[2]:loc[3]]) {
				spaced.add(line, col(l, text[loc[0]:loc[1]]))
			}
		}
	}
	var problems diag.List
	if html.lines > 0 {
		problems.Warnf(html.pos(p.Path), "raw-html", diag.T("write it in Markdown instead (**bold**, lists, [links](…), ![images](…)); raw HTML never reaches the page"),
			"raw HTML is left out of the page%s", html.more())
	}
	if spaced.lines > 0 {
		problems.Warnf(spaced.pos(p.Path), "address-with-space", diag.T("put the address in angle brackets, ![Foto](<Foto vom Treffen.jpg>), or rename the file without spaces"),
			"this address has a space in it, so Markdown shows the brackets as text instead of a link or image%s", spaced.more())
	}
	return problems
}

// spaceInTarget reports whether the text after some "](" holds a space
// (as \s in spacedTarget) before the next ")": without one spacedTarget
// cannot match, and most links are then cleared without it.
func spaceInTarget(text []byte) bool {
	for {
		i := bytes.Index(text, []byte("]("))
		if i < 0 {
			return false
		}
		text = text[i+2:]
		target := text
		if j := bytes.IndexByte(text, ')'); j >= 0 {
			target = text[:j]
		}
		if bytes.ContainsAny(target, " \t\n\f\r") {
			return true
		}
	}
}

// finding is the first place of one kind of finding and how many lines
// have it.
type finding struct{ line, col, lines int }

func (f *finding) add(line, col int) {
	if f.lines == 0 {
		f.line, f.col = line, col
	}
	f.lines++
}

func (f finding) pos(path string) diag.Pos { return diag.Pos{Path: path, Line: f.line, Col: f.col} }

func (f finding) more() diag.Text {
	if f.lines == 1 {
		return diag.Text{}
	}
	return diag.T(" (here and on %s more lines)", grouped(f.lines-1))
}

var (
	// rawHTML matches the start of an HTML tag or comment as Markdown
	// reads raw HTML; autolinks (<https://…>, <name@example.org>) do not
	// match, as a colon or @ follows their first word.
	rawHTML = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|<!--`)
	// bracketed are addresses in angle brackets, ](<a b.jpg>), which are
	// no HTML.
	bracketed = regexp.MustCompile(`\]\(<[^<>]*>`)
	// codeSpans are `code` on one line.
	codeSpans = regexp.MustCompile("`+[^`]*`+")
	// spacedTarget is a link or image whose address (submatch 1) has a
	// space; titled tells an address followed by a title from one.
	spacedTarget = regexp.MustCompile(`\]\(([^()<>\s][^()<>]*\s[^()<>]*)\)`)
	titled       = regexp.MustCompile(`^\S+\s+("[^"]*"|'[^']*')\s*$`)
)

// fenceOf returns the fence a line opens (``` or ~~~, as long as
// written), or nil.
func fenceOf(l []byte) []byte {
	for _, c := range []byte("`~") {
		n := 0
		for n < len(l) && l[n] == c {
			n++
		}
		if n >= 3 {
			return l[:n]
		}
	}
	return nil
}

// col is the column (in bytes, from 1) where match, found in the line l
// with its code spans removed, is in l.
func col(l, match []byte) int {
	if i := bytes.Index(l, match); i >= 0 {
		return i + 1
	}
	return 1
}
