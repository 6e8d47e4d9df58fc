package report

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
)

// Export is what tandem report writes as JSON: the day the figures hold
// for, a row per round and per tandem, and, for the whole programme, the
// posts per month. Numbers, dates and keys only, no free text.
type Export struct {
	AsOf string `json:"as_of"`
	// Preview is set when held-back posts are counted (each row's
	// unpublished says how many); the caller sets it, as it sets
	// Pseudonymised.
	Preview       bool       `json:"preview"`
	Pseudonymised bool       `json:"pseudonymised"`
	Rounds        []RoundRow `json:"rounds"`
	Tandems       []Row      `json:"tandems"`
	// Months are the posts per month across every round; empty when the
	// export is of one round.
	Months []MonthRow `json:"months"`
}

// RoundRow is one round as exports write it: the figures of the
// programme report's column and the round report's key figures.
type RoundRow struct {
	Round           string `json:"round"`
	Start           string `json:"start"`
	End             string `json:"end"`
	AsOf            string `json:"as_of"`
	Tandems         int    `json:"tandems"`
	Mentors         int    `json:"mentors"`
	Mentees         int    `json:"mentees"`
	Departments     int    `json:"departments"`
	Pairs           int    `json:"pairs"`
	CrossPairs      int    `json:"cross_department_pairs"`
	Returning       int    `json:"returning"`
	Entries         int    `json:"entries"`
	Posts           int    `json:"posts"`
	Unpublished     int    `json:"unpublished"`
	GoalsTotal      int    `json:"goals_total"`
	GoalsReached    int    `json:"goals_reached"`
	GoalsInProgress int    `json:"goals_in_progress"`
	GoalsOpen       int    `json:"goals_open"`
	GoalsDropped    int    `json:"goals_dropped"`
	GoalsNoState    int    `json:"goals_no_state"`
	// The survey's figures; nil when the round has none (or the survey
	// does not give the figure).
	SurveyInvited   *int     `json:"survey_invited"`
	SurveyResponses *int     `json:"survey_responses"`
	SurveyScale     *int     `json:"survey_scale"`
	Satisfaction    *float64 `json:"satisfaction"`
	NPS             *int     `json:"nps"`
}

// MonthRow is a month (2024-03) and the posts dated in it.
type MonthRow struct {
	Month string `json:"month"`
	Posts int    `json:"posts"`
}

// ExportOf returns the export of p's rounds (all of them, or the one
// OfProgramme's caller kept), naming people by name; whole says whether
// p is the whole programme, whose months the export then holds.
func ExportOf(p Programme, name Names, whole bool) Export {
	out := Export{AsOf: isoDay(p.AsOf), Tandems: Rows(p.Rounds, name), Rounds: []RoundRow{}, Months: []MonthRow{}}
	for _, r := range p.Rounds {
		out.Rounds = append(out.Rounds, roundRow(r))
	}
	if whole {
		for _, m := range p.Months {
			out.Months = append(out.Months, MonthRow{Month: m.Start.Format("2006-01"), Posts: m.Posts})
		}
	}
	return out
}

func roundRow(r Round) RoundRow {
	row := RoundRow{Round: r.ID, Start: isoDay(r.Start), End: isoDay(r.End), AsOf: isoDay(r.AsOf), Tandems: r.Tandems,
		Mentors: r.Mentors, Mentees: r.Mentees, Departments: len(r.Departments), Pairs: r.Pairs, CrossPairs: r.CrossPairs,
		Returning: len(r.Returning), Entries: r.Diary, Posts: r.Posts, Unpublished: r.Unpublished,
		GoalsTotal: r.Goals.Total(), GoalsReached: r.Goals.Reached, GoalsInProgress: r.Goals.InProgress,
		GoalsOpen: r.Goals.Open, GoalsDropped: r.Goals.Dropped, GoalsNoState: r.Goals.None}
	if s := r.Survey; s != nil {
		responses, scale := s.Responses, s.Scale
		row.SurveyResponses, row.SurveyScale = &responses, &scale
		if s.Invited > 0 {
			invited := s.Invited
			row.SurveyInvited = &invited
		}
		if s.HasSatisfaction {
			sat := s.Satisfaction
			row.Satisfaction = &sat
		}
		if s.HasNPS {
			nps := s.NPS
			row.NPS = &nps
		}
	}
	return row
}

// WriteJSON writes e as one indented JSON object.
func WriteJSON(w io.Writer, e Export) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(e)
}

// roundsHeader names the columns of WriteRoundsCSV.
var roundsHeader = []string{"round", "start", "end", "as_of", "tandems", "mentors", "mentees", "departments", "pairs",
	"cross_department_pairs", "returning", "entries", "posts", "unpublished", "goals_total", "goals_reached",
	"goals_in_progress", "goals_open", "goals_dropped", "goals_no_state", "survey_invited", "survey_responses",
	"survey_scale", "satisfaction", "nps"}

// WriteRoundsCSV writes a row per round with a header line; a figure
// the round's survey does not give is empty.
func WriteRoundsCSV(w io.Writer, rows []RoundRow) error {
	cw := csv.NewWriter(w)
	cw.Write(roundsHeader)
	n := strconv.Itoa
	opt := func(p *int) string {
		if p == nil {
			return ""
		}
		return n(*p)
	}
	for _, r := range rows {
		sat := ""
		if r.Satisfaction != nil {
			sat = strconv.FormatFloat(*r.Satisfaction, 'f', -1, 64)
		}
		cw.Write([]string{r.Round, r.Start, r.End, r.AsOf, n(r.Tandems), n(r.Mentors), n(r.Mentees), n(r.Departments), n(r.Pairs),
			n(r.CrossPairs), n(r.Returning), n(r.Entries), n(r.Posts), n(r.Unpublished), n(r.GoalsTotal), n(r.GoalsReached),
			n(r.GoalsInProgress), n(r.GoalsOpen), n(r.GoalsDropped), n(r.GoalsNoState), opt(r.SurveyInvited),
			opt(r.SurveyResponses), opt(r.SurveyScale), sat, opt(r.NPS)})
	}
	cw.Flush()
	return cw.Error()
}

// WriteMonthsCSV writes a row per month (month, posts) with a header.
func WriteMonthsCSV(w io.Writer, rows []MonthRow) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"month", "posts"})
	for _, m := range rows {
		cw.Write([]string{m.Month, strconv.Itoa(m.Posts)})
	}
	cw.Flush()
	return cw.Error()
}
