package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/site"
)

// Row is one tandem of a round as exports write it: numbers, dates and
// keys, no free text.
type Row struct {
	Round           string   `json:"round"`
	Tandem          string   `json:"tandem"`
	Mentee          string   `json:"mentee"`
	Mentors         []string `json:"mentors"`
	Entries         int      `json:"entries"`
	Unpublished     int      `json:"unpublished"`
	First           string   `json:"first"`
	Last            string   `json:"last"`
	LongestGapDays  int      `json:"longest_gap_days"`
	IntervalWeeks   int      `json:"interval_weeks"`
	ExpectedEntries int      `json:"expected_entries"`
	MeetsCadence    bool     `json:"meets_cadence"`
	GoalsTotal      int      `json:"goals_total"`
	GoalsReached    int      `json:"goals_reached"`
	GoalsInProgress int      `json:"goals_in_progress"`
	GoalsOpen       int      `json:"goals_open"`
	GoalsDropped    int      `json:"goals_dropped"`
	GoalsNoState    int      `json:"goals_no_state"`
}

// Names say how exports name people: by their names, or by stable
// pseudonyms (P01, P02, … in the order of the programme's people keys),
// so that no name leaves the site.
type Names func(p *site.Person) string

// RealNames names people by their names.
func RealNames(p *site.Person) string { return p.Name }

// Pseudonyms returns Names giving everyone in s a pseudonym that stays
// the same as long as the programme's people do.
func Pseudonyms(s *site.Site) Names {
	keys := s.Programme.PersonKeys()
	return func(p *site.Person) string {
		i, _ := slices.BinarySearch(keys, p.Key)
		return fmt.Sprintf("P%02d", i+1)
	}
}

// Rows returns a row per tandem of the rounds, in order.
func Rows(rounds []Round, name Names) []Row {
	var out []Row
	for _, r := range rounds {
		for _, t := range r.Rows {
			row := Row{Round: r.ID, Tandem: t.ID, Entries: t.Entries, Unpublished: t.Unpublished, First: isoDay(t.First), Last: isoDay(t.Last),
				LongestGapDays: t.GapDays, IntervalWeeks: t.IntervalWeeks, ExpectedEntries: t.Expected, MeetsCadence: t.MeetsCadence,
				GoalsTotal: t.Goals.Total(), GoalsReached: t.Goals.Reached, GoalsInProgress: t.Goals.InProgress, GoalsOpen: t.Goals.Open,
				GoalsDropped: t.Goals.Dropped, GoalsNoState: t.Goals.None, Mentors: []string{}}
			if t.Mentee != nil {
				row.Mentee = name(t.Mentee)
			}
			for _, m := range t.Mentors {
				row.Mentors = append(row.Mentors, name(m))
			}
			out = append(out, row)
		}
	}
	return out
}

// isoDay is t as 2006-01-02, or "" for the zero time.
func isoDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// csvHeader names the columns of WriteCSV.
var csvHeader = []string{"round", "tandem", "mentee", "mentors", "entries", "unpublished", "first", "last", "longest_gap_days",
	"interval_weeks", "expected_entries", "meets_cadence", "goals_total", "goals_reached", "goals_in_progress", "goals_open",
	"goals_dropped", "goals_no_state"}

// WriteCSV writes rows as CSV with a header line; mentors are separated
// by "; ".
func WriteCSV(w io.Writer, rows []Row) error {
	cw := csv.NewWriter(w)
	cw.Write(csvHeader)
	for _, r := range rows {
		mentors := strings.Join(r.Mentors, "; ")
		n := strconv.Itoa
		cw.Write([]string{r.Round, r.Tandem, r.Mentee, mentors, n(r.Entries), n(r.Unpublished), r.First, r.Last, n(r.LongestGapDays),
			n(r.IntervalWeeks), n(r.ExpectedEntries), strconv.FormatBool(r.MeetsCadence), n(r.GoalsTotal), n(r.GoalsReached),
			n(r.GoalsInProgress), n(r.GoalsOpen), n(r.GoalsDropped), n(r.GoalsNoState)})
	}
	cw.Flush()
	return cw.Error()
}
