package programme

import (
	"testing"
	"time"
)

func roundWith(facts string) string {
	return "title: T\nrounds:\n  - id: r1\n    start: 2024-01-01\n    end: 2024-06-30\n" + facts
}

// TestRoundFacts reads a round's survey and events.
func TestRoundFacts(t *testing.T) {
	t.Parallel()
	p, problems := Parse([]byte(roundWith("    survey: {responses: 9, invited: 12, satisfaction: 4.4, nps: 38, quote: Gern wieder}\n" +
		"    events:\n      - {kind: kickoff, date: 2024-01-15, title: Auftakt}\n      - {date: 2024-06-20, title: Sommerfest}\n")))
	wantProblems(t, problems, nil)
	r := p.Round("r1")
	s := r.Survey
	if s == nil || s.Responses != 9 || s.Invited != 12 || s.Scale != 5 || !s.HasSatisfaction || s.Satisfaction != 4.4 || !s.HasNPS || s.NPS != 38 || s.Quote != "Gern wieder" {
		t.Errorf("survey = %+v", s)
	}
	if len(r.Events) != 2 || r.Events[0].Kind != "kickoff" || r.Events[1].Kind != "other" || !r.Events[1].Date.Equal(time.Date(2024, 6, 20, 0, 0, 0, 0, time.UTC)) || r.Events[1].Title != "Sommerfest" {
		t.Errorf("events = %+v", r.Events)
	}
	if p, _ := Parse([]byte(roundWith(""))); p.Round("r1").Survey != nil || p.Round("r1").Events != nil {
		t.Errorf("a round without facts has %+v", p.Round("r1"))
	}
}

// TestRoundFactProblems checks what a survey and events refuse, where it
// is written: a survey holds aggregate numbers only.
func TestRoundFactProblems(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, yaml string
		want       []string
	}{
		{"per-person answers", "    survey:\n      responses: 3\n      answers: [5, 4, 2]\n",
			[]string{`content/programme.yaml:8:7 survey-field: the survey has no field "answers"`}},
		{"no responses", "    survey: {nps: 10}\n",
			[]string{`content/programme.yaml:6:13 missing-field: the required field "responses" is missing`}},
		{"satisfaction off the scale", "    survey: {responses: 3, scale: 4, satisfaction: 4.5}\n",
			[]string{`content/programme.yaml:6:52 bad-value: satisfaction 4.5 is not on the scale`}},
		{"satisfaction not a number", "    survey: {responses: 3, satisfaction: gut}\n",
			[]string{`content/programme.yaml:6:42 wrong-type: "satisfaction" must be a number, found the text "gut"`}},
		{"nps too high", "    survey: {responses: 3, nps: 120}\n",
			[]string{`content/programme.yaml:6:33 bad-value: nps cannot be 120`}},
		{"more answers than invited", "    survey: {responses: 13, invited: 12}\n",
			[]string{`content/programme.yaml:6:25 bad-value: responses cannot be 13`}},
		{"bad scale", "    survey: {responses: 3, scale: 1}\n",
			[]string{`content/programme.yaml:6:35 bad-value: scale must be between 2 and 100, found 1`}},
		{"event without date", "    events:\n      - {title: Auftakt}\n",
			[]string{`content/programme.yaml:7:9 missing-field: the required field "date" is missing`}},
		{"event of a wrong kind", "    events:\n      - {date: 2024-02-01, title: A, kind: kickof}\n",
			[]string{`content/programme.yaml:7:44 bad-value: "kind" cannot be "kickof"`}},
		{"event outside the round", "    events:\n      - {date: 2024-08-01, title: Fest}\n",
			[]string{`content/programme.yaml:7:16 event-outside-round: the event "Fest" lies outside its round (2024-01-01 to 2024-06-30)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, problems := Parse([]byte(roundWith(tt.yaml)))
			wantProblems(t, problems, tt.want)
		})
	}
}
