package report

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/messages"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// Formats lists the formats Write knows (a new slice on every call).
func Formats() []string { return []string{"text", "md", "csv", "json"} }

// Tables lists what a CSV export holds a row of (a new slice on every
// call): tandems (the default), rounds or months.
func Tables() []string { return []string{"tandems", "rounds", "months"} }

// Request is what tandem report was asked for.
type Request struct {
	// Round is the round's id, or "" for the whole programme.
	Round string
	// Format is one of Formats, Table one of Tables (CSV only).
	Format, Table string
	// Pseudonymise names people by pseudonyms and leaves out free text;
	// Preview says held-back posts are counted (and marked).
	Pseudonymise, Preview bool
	// Lang is the language of text and md (programme.yaml's).
	Lang string
}

// Select returns the figures p holds of round id (all of them for ""),
// and false when p has no such round.
func Select(p Programme, id string) (Programme, bool) {
	if id == "" {
		return p, true
	}
	i := slices.IndexFunc(p.Rounds, func(r Round) bool { return r.ID == id })
	if i < 0 {
		return Programme{}, false
	}
	r := p.Rounds[i]
	return Programme{Rounds: []Round{r}, Posts: r.Posts, Unpublished: r.Unpublished, AsOf: r.AsOf}, true
}

// Write writes the figures p of s (all rounds, or the one Select kept)
// as req asks, in pr's language for text and md.
func Write(w io.Writer, s *site.Site, p Programme, req Request, pr messages.Printer) error {
	names := RealNames
	if req.Pseudonymise {
		names = Pseudonyms(s)
	}
	e := ExportOf(p, names, req.Round == "")
	e.Preview, e.Pseudonymised = req.Preview, req.Pseudonymise
	switch req.Format {
	case "json":
		return WriteJSON(w, e)
	case "csv":
		switch req.Table {
		case "rounds":
			return WriteRoundsCSV(w, e.Rounds)
		case "months":
			return WriteMonthsCSV(w, e.Months)
		}
		return WriteCSV(w, e.Tandems)
	}
	d := &doc{pr: pr, md: req.Format == "md"}
	t := words{doc: d, s: s, req: req, names: names}
	t.document(p)
	return d.write(w)
}

// decimal is x with one decimal, its separator as lang writes it.
func decimal(x float64, lang string) string {
	s := strconv.FormatFloat(x, 'f', 1, 64)
	if messages.IsGerman(lang) {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
