package programme

import (
	"slices"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/metadata"
)

// Survey is what a round's closing survey found, as aggregate numbers:
// never an answer of one person.
type Survey struct {
	// Responses is how many answered; Invited how many were asked (0
	// when not stated).
	Responses, Invited int
	// Scale is the top of the satisfaction scale (1 to Scale, 5 unless
	// stated); Satisfaction the mean answer, when HasSatisfaction.
	Scale           int
	Satisfaction    float64
	HasSatisfaction bool
	// NPS is the net promoter score (-100 to 100), when HasNPS.
	NPS    int
	HasNPS bool
	// Quote is one free-text answer the organisers chose to quote.
	Quote string
	Pos   diag.Pos
}

// Event is a fixed date of a round: the kick-off, the closing event or
// another meeting of all tandems.
type Event struct {
	// Kind is one of EventKinds.
	Kind  string
	Date  time.Time
	Title string
	Pos   diag.Pos
}

// EventKinds returns the kinds of event a round may list (a new slice on
// every call); "other" is the default.
func EventKinds() []string { return []string{"kickoff", "closing", "other"} }

var surveyFields = []string{"responses", "invited", "scale", "satisfaction", "nps", "quote"}
var eventFields = []string{"date", "title", "kind"}

// decodeRoundFacts reads a round's optional survey and events.
func decodeRoundFacts(r *metadata.Map, round *Round, l *diag.List) {
	if s := r.Sub("survey", l); s != nil {
		round.Survey = decodeSurvey(s, l)
	}
	for _, e := range r.Items("events", l) {
		e.WarnUnknown(eventFields, diag.T("an event"), l)
		ev := Event{Kind: e.Enum("kind", "other", EventKinds(), l), Date: e.Date("date", true, l), Title: e.String("title", true, l), Pos: e.Start()}
		if !ev.Date.IsZero() && !round.Start.IsZero() && !round.End.IsZero() &&
			(ev.Date.Before(round.Start) || ev.Date.After(round.End.Add(24*time.Hour))) {
			l.Warnf(e.Pos("date"), "event-outside-round", diag.T("check the date, or move the event to the round it belongs to"),
				"the event %q lies outside its round (%s to %s)", ev.Title, round.Start.Format("2006-01-02"), round.End.Format("2006-01-02"))
		}
		round.Events = append(round.Events, ev)
	}
}

// decodeSurvey reads a survey. Its fields are numbers and one quote;
// anything else is refused, so no answer of one person can be
// published by accident.
func decodeSurvey(s *metadata.Map, l *diag.List) *Survey {
	for _, k := range s.Keys() {
		if !slices.Contains(surveyFields, k) {
			l.Errorf(s.KeyPos(k), "survey-field", diag.T("a survey holds aggregate numbers only: %s", strings.Join(surveyFields, ", ")),
				"the survey has no field %q", k)
		}
	}
	v := &Survey{Responses: s.Int("responses", 0, l), Invited: s.Int("invited", 0, l), Scale: s.Int("scale", 5, l), Quote: s.String("quote", false, l), Pos: s.Start()}
	if !s.Has("responses") {
		l.Errorf(s.Start(), "missing-field", diag.T("add a line \"%s: …\"", "responses"), "the required field %q is missing", "responses")
	}
	if v.Responses < 0 || (v.Invited > 0 && v.Responses > v.Invited) {
		l.Errorf(s.Pos("responses"), "bad-value", diag.T("write how many people answered, at most as many as were invited"), "responses cannot be %d", v.Responses)
	}
	if v.Scale < 2 || v.Scale > 100 {
		l.Errorf(s.Pos("scale"), "bad-value", diag.T("write the top of the scale, e.g. 5 for answers from 1 to 5"), "scale must be between 2 and 100, found %d", v.Scale)
		v.Scale = 5
	}
	if f, ok := s.Number("satisfaction", l); ok {
		if f < 1 || f > float64(v.Scale) {
			l.Errorf(s.Pos("satisfaction"), "bad-value", diag.T("write the mean answer on the scale from 1 to %d", v.Scale), "satisfaction %v is not on the scale", f)
		} else {
			v.Satisfaction, v.HasSatisfaction = f, true
		}
	}
	if f, ok := s.Number("nps", l); ok {
		if f < -100 || f > 100 || f != float64(int(f)) {
			l.Errorf(s.Pos("nps"), "bad-value", diag.T("a net promoter score is a whole number from -100 to 100"), "nps cannot be %v", f)
		} else {
			v.NPS, v.HasNPS = int(f), true
		}
	}
	return v
}
