package content

import (
	"bytes"
	"slices"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/metadata"
)

// Limits on a post's Markdown. Some inputs make any CommonMark parser
// slow: goldmark needs over a second for 32,000 nested "> " in 64 KB, and
// time grows with the square of the line length for "[a](<b" repeated.
// Real posts come nowhere near these bounds.
const (
	// MaxLineBytes is the longest line a post may have (16 KiB, about
	// 2,500 words on one line).
	MaxLineBytes = 16 << 10
	// MaxNesting is how deeply quotes and lists may nest.
	MaxNesting = 32
	// MaxIndent is the deepest indentation of a line, in columns.
	MaxIndent = 256
	// MaxLines is the most lines a post's body may have. goldmark holds
	// every block in memory, with its heading id and attributes, while
	// it converts: 400,000 one-line headings ("#") took 400 MiB.
	MaxLines = 10_000
)

// Limits on a post's lists. Every tag is a page of its own and every
// author a link on each of the post's cards; a post with 185,000 tags
// would make 185,000 pages. Real posts have a handful.
const (
	// MaxTags is how many tags a post may have.
	MaxTags = 64
	// MaxAuthors is how many authors a post may have.
	MaxAuthors = 64
)

// Limits on the texts of a post that pages show on one line. A post's
// title is on its page and in the page's <title>, on every card of the
// post (its round's, its tandem's, each tag's and author's lists, the
// home page) and in the feeds; each tag is on every card of the post and
// names the tag's page. The summary has its own limit (MaxSummaryRunes).
const (
	// MaxTitleRunes is the longest title, in characters.
	MaxTitleRunes = 200
	// MaxTagRunes is the longest tag, in characters.
	MaxTagRunes = 64
)

// checkTexts reports a title, summary or tag longer than its limit, at
// the value.
func checkTexts(p *Post, m *metadata.Map, l *diag.List) {
	if n := utf8.RuneCountInString(p.Title); n > MaxTitleRunes {
		l.Errorf(m.Pos("title"), "title-too-long", diag.T("a title is a few words; say the rest in the summary or the post"),
			"the title has %s characters; at most %d are allowed", grouped(n), MaxTitleRunes)
	}
	checkSummary(p.Summary, m.Pos("summary"), l)
	for _, tag := range p.Tags {
		if n := utf8.RuneCountInString(tag); n > MaxTagRunes {
			var ignored diag.List // reported when the tags were read
			i := slices.Index(m.Strings("tags", &ignored), tag)
			l.Errorf(m.StringPos("tags", i), "tag-too-long", diag.T("a tag is a word or two that readers look posts up by"),
				"the tag has %s characters; at most %d are allowed", grouped(n), MaxTagRunes)
		}
	}
}

// atMost returns list, the entries of key, cut to most entries; a longer
// list is an error at its first entry too many. Cutting it means no later
// stage works through the rest.
func atMost[T any](list []T, most int, key string, m *metadata.Map, l *diag.List) []T {
	if len(list) <= most {
		return list
	}
	hint := diag.T("keep the few tags a reader would look for the post under")
	switch key {
	case "authors":
		hint = diag.T("name the people who wrote the post")
	case "pictured":
		hint = diag.T("name the people one can recognise in the post's photos")
	}
	l.Errorf(m.StringPos(key, most), "too-many", hint, "the post has %d %s; at most %d are allowed", len(list), key, most)
	return list[:most:most]
}

// CheckBody reports Markdown that goes beyond the limits, at the line
// where it does, so a hostile or broken post cannot stall a build: first
// the limits on lines, then, on a body within them, the cost model's
// (cost.go).
func CheckBody(p *Post) diag.List {
	var problems diag.List
	line := p.BodyLine
	for rest := p.Body; len(rest) > 0; line++ {
		l := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		pos := diag.Pos{Path: p.Path, Line: line, Col: 1}
		switch {
		case line-p.BodyLine >= MaxLines:
			problems.Errorf(pos, "too-many-lines", diag.T("split the post into several posts"),
				"the post has more than %s lines; at most %s are allowed", grouped(MaxLines), grouped(MaxLines))
		case len(l) > MaxLineBytes:
			problems.Errorf(pos, "line-too-long", diag.T("break the paragraph into several lines or paragraphs"),
				"this line is %d KiB long; lines may be at most %d KiB", len(l)>>10, MaxLineBytes>>10)
		case indent(l) > MaxIndent:
			problems.Errorf(pos, "too-deep", diag.T("use fewer levels of nested lists"),
				"this line is indented %d columns; at most %d are allowed", indent(l), MaxIndent)
		case nesting(l) > MaxNesting:
			problems.Errorf(pos, "too-deep", diag.T("use fewer levels of nested quotes and lists"),
				"quotes and lists nest %d deep here; at most %d levels are allowed", nesting(l), MaxNesting)
		default:
			continue
		}
		return problems // one finding per post is enough to act on
	}
	problems = checkCost(p) // safe to parse now; see cost.go
	if !problems.HasErrors() {
		problems.Add(checkWriting(p)...)
	}
	return problems
}

// indent counts the columns of leading white space (a tab is 4).
func indent(l []byte) int {
	n := 0
	for _, c := range l {
		switch c {
		case ' ':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}

// nesting counts the quote and list markers that open a line.
func nesting(l []byte) int {
	depth := 0
	for {
		l = l[blanks(l):]
		switch {
		case len(l) > 0 && l[0] == '>':
			l = l[1:]
		case len(l) > 1 && (l[0] == '-' || l[0] == '*' || l[0] == '+') && (l[1] == ' ' || l[1] == '\t'):
			l = l[2:]
		case orderedMarker(l) > 0:
			l = l[orderedMarker(l):]
		default:
			return depth
		}
		depth++
	}
}

// blanks counts the spaces and tabs that open l. (bytes.TrimLeft with
// the cutset " \t" builds a set of the two bytes on every call, which
// on every line of every post was 6 % of Parse.)
func blanks(l []byte) int {
	i := 0
	for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
		i++
	}
	return i
}

// orderedMarker returns the length of a "12. " or "3) " marker at the
// start of l, or 0.
func orderedMarker(l []byte) int {
	i := 0
	for i < len(l) && i < 9 && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	if i == 0 || i+1 >= len(l) || (l[i] != '.' && l[i] != ')') || (l[i+1] != ' ' && l[i+1] != '\t') {
		return 0
	}
	return i + 2
}
