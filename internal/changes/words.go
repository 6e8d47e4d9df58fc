package changes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Op says what happened to a piece of text.
type Op string

// The operations of a Span; their names are the codes of --format json.
const (
	Equal    Op = "equal"
	Deleted  Op = "deleted"
	Inserted Op = "inserted"
)

// Span is a piece of text that stayed, was deleted or was inserted.
type Span struct {
	Op   Op     `json:"op"`
	Text string `json:"text"`
}

// Words returns the word-level difference between old and new: whole
// words (and the spaces and punctuation between them) kept, deleted and
// inserted, in the order they read. Lines are compared first, so a
// paragraph moved elsewhere shows as deleted where it was and inserted
// where it is; lines replaced by others are then compared word by word.
func Words(old, new string) []Span {
	var spans []Span
	lines := compare(old, new, splitLines, true)
	for i := 0; i < len(lines); i++ {
		s := lines[i]
		if i+1 < len(lines) && s.Op == Deleted && lines[i+1].Op == Inserted {
			spans = append(spans, joinGaps(compare(s.Text, lines[i+1].Text, split, false))...)
			i++
			continue
		}
		spans = append(spans, s)
	}
	return spans
}

// compare diffs old and new cut into tokens by cut. With tidy, short
// runs kept between changes are joined into them (diff-match-patch's
// semantic clean-up), which suits lines; words are left as they are, so
// a word kept between two changes still shows.
func compare(old, new string, cut func(string) []string, tidy bool) []Span {
	tokens := map[string]rune{}
	var names []string
	a, b := encode(cut(old), tokens, &names), encode(cut(new), tokens, &names)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // no time limit: the same answer on any machine
	diffs := dmp.DiffMainRunes(a, b, false)
	if tidy {
		diffs = dmp.DiffCleanupSemantic(diffs)
	}
	spans := make([]Span, 0, len(diffs))
	for _, d := range diffs {
		spans = append(spans, Span{Op: opOf(d.Type), Text: decode(d.Text, names)})
	}
	return spans
}

// joinGaps joins changes that only white space keeps apart: "[-a-]
// {+b+} [-c-]{+d+}" reads better as "[-a c-]{+b d+}".
func joinGaps(spans []Span) []Span {
	var out []Span
	for i := 0; i < len(spans); {
		if spans[i].Op == Equal {
			out = append(out, spans[i])
			i++
			continue
		}
		var del, ins strings.Builder
		j := i
		for ; j < len(spans); j++ {
			s := spans[j]
			if s.Op == Equal && (strings.TrimSpace(s.Text) != "" || j+1 == len(spans) || spans[j+1].Op == Equal) {
				break
			}
			if s.Op != Inserted {
				del.WriteString(s.Text)
			}
			if s.Op != Deleted {
				ins.WriteString(s.Text)
			}
		}
		out = appendNonEmpty(appendNonEmpty(out, Deleted, del.String()), Inserted, ins.String())
		i = j
	}
	return out
}

func appendNonEmpty(spans []Span, op Op, text string) []Span {
	if text == "" {
		return spans
	}
	return append(spans, Span{op, text})
}

// splitLines cuts text into lines, each with its line break.
func splitLines(text string) []string {
	return strings.SplitAfter(text, "\n")
}

func opOf(t diffmatchpatch.Operation) Op {
	switch t {
	case diffmatchpatch.DiffDelete:
		return Deleted
	case diffmatchpatch.DiffInsert:
		return Inserted
	}
	return Equal
}

// encode turns tokens into one symbol per token, numbering new tokens.
func encode(toks []string, tokens map[string]rune, names *[]string) []rune {
	var out []rune
	for _, tok := range toks {
		if tok == "" {
			continue
		}
		r, ok := tokens[tok]
		if !ok {
			r = symbol(len(*names))
			tokens[tok] = r
			*names = append(*names, tok)
		}
		out = append(out, r)
	}
	return out
}

// symbol is the rune standing for token number i: valid runes only
// (surrogates skipped).
func symbol(i int) rune {
	r := rune(i) + 0x100
	if r >= 0xD800 {
		r += 0x800
	}
	return r
}

// index is symbol's inverse.
func index(r rune) int {
	if r >= 0xE000 {
		r -= 0x800
	}
	return int(r - 0x100)
}

func decode(s string, names []string) string {
	var out []byte
	for _, r := range s {
		out = append(out, names[index(r)]...)
	}
	return string(out)
}

// split cuts text into tokens: runs of letters and digits (a word), runs
// of white space, and every other character on its own.
func split(text string) []string {
	var tokens []string
	for len(text) > 0 {
		r, size := utf8.DecodeRuneInString(text)
		n := size
		if class := classOf(r); class != other {
			for n < len(text) {
				next, s := utf8.DecodeRuneInString(text[n:])
				if classOf(next) != class {
					break
				}
				n += s
			}
		}
		tokens = append(tokens, text[:n])
		text = text[n:]
	}
	return tokens
}

type class int

const (
	other class = iota
	word
	space
)

func classOf(r rune) class {
	switch {
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
		return word
	case unicode.IsSpace(r):
		return space
	}
	return other
}
