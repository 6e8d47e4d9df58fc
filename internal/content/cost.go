package content

import (
	"bytes"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// The cost model. Within the limits of limits.go, a few Markdown
// constructs still make goldmark do, hold or write far more than the
// post's size: a table row gets a cell for every column of its header,
// written or not (3,000 columns × 1,000 rows of "|" is 14 KB of Markdown,
// three million cells and a 30 MB page); every use of a link reference
// copies its address and title; and goldmark's emphasis and link
// matching take time that grows with the square of the markers in one
// paragraph. These limits bound each of them; with them, a post's HTML
// is at most HTMLFactor times its Markdown plus HTMLAllowance, which
// render enforces as it writes (see render's converter).
const (
	// MaxTableColumns is the most columns a table may have.
	MaxTableColumns = 64
	// MaxTableCells is the most cells (rows × columns, the header row
	// included) all tables of a post may have together.
	MaxTableCells = 20_000
	// MaxInlineMarks is the most emphasis and link markers ("*", "_",
	// "~", "[", "]") one paragraph, heading or table row may hold.
	MaxInlineMarks = 500
	// MaxReferenceBytes is how many bytes of addresses and titles the
	// uses of link references ([text][ref], [ref]) may copy, beyond the
	// size of the body itself.
	MaxReferenceBytes = 64 << 10
	// MaxLinks is the most links and images a post may have: render
	// resolves each against the post's page, a few KiB of work apiece.
	MaxLinks = 2_000
	// HTMLFactor and HTMLAllowance bound a post's HTML: at most
	// HTMLFactor × (its Markdown's size plus what resolving its relative
	// links adds) + HTMLAllowance bytes.
	HTMLFactor    = 40
	HTMLAllowance = 2 << 20
	// MaxSummaryRunes is the longest summary: it is repeated on every
	// list the post is on (its round, tandem, tags, authors, the home
	// page) and in feeds.
	MaxSummaryRunes = 1000
)

// checkSummary reports a summary longer than MaxSummaryRunes at pos.
func checkSummary(summary string, pos diag.Pos, l *diag.List) {
	if n := utf8.RuneCountInString(summary); n > MaxSummaryRunes {
		l.Errorf(pos, "summary-too-long", diag.T("a summary is a sentence or two; the post itself says the rest"),
			"the summary has %s characters; at most %s are allowed", grouped(n), grouped(MaxSummaryRunes))
	}
}

// MaxHTML is the most bytes of HTML a body of size bytes may render to,
// when resolving its relative links against its page adds added bytes.
func MaxHTML(size, added int) int {
	return HTMLFactor*(size+added) + HTMLAllowance
}

// checkCost reports the constructs of p's body that go beyond the cost
// model's limits, each where it is written. Most bodies are cleared by
// counting bytes (see cheap); the others are parsed as render parses
// them, with guards that stop an oversized table or paragraph before
// goldmark builds it (costparse.go).
func checkCost(p *Post) diag.List {
	if cheap(p.Body) {
		return nil
	}
	return parseCost(p)
}

// cheap reports whether body is within every limit by counting its
// bytes alone: no more markers than a paragraph may hold, no line with
// enough "|" for too many columns, not enough lines for too many cells
// at that width, and no "]:" (without which there is no reference
// definition to copy). So few markers also mean few links. It never
// clears a body the parse would refuse.
func cheap(body []byte) bool {
	marks := 0
	for _, c := range []byte("*_~[]") {
		marks += bytes.Count(body, []byte{c})
	}
	if marks > MaxInlineMarks || bytes.Contains(body, []byte("]:")) {
		return false
	}
	columns := bytes.Count(body, []byte("|")) + 1 // at most, in any table
	lines := bytes.Count(body, []byte("\n")) + 1  // at most, rows of all tables
	return columns <= MaxTableColumns && columns*lines <= MaxTableCells
}

// grouped is n for a message: "1,234" in English, "1.234" in German.
func grouped(n int) diag.Grouped { return diag.Grouped(n) }
