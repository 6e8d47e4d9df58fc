package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/messages"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

// TestExportCSV writes the small site's rows, with names and with
// pseudonyms: a row per tandem, the figures of TestRoundFigures, and no
// name in the pseudonymised export.
func TestExportCSV(t *testing.T) {
	t.Parallel()
	s := smallSite(false, day(2024, 7, 15))
	var rounds []Round
	for i := len(s.Rounds) - 1; i >= 0; i-- {
		rounds = append(rounds, Of(s, s.Rounds[i]))
	}
	var named, pseudo bytes.Buffer
	if err := WriteCSV(&named, Rows(rounds, RealNames)); err != nil {
		t.Fatal(err)
	}
	if err := WriteCSV(&pseudo, Rows(rounds, Pseudonyms(s))); err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		"round,tandem,mentee,mentors,entries,unpublished,first,last,longest_gap_days,interval_weeks,expected_entries,meets_cadence,goals_total,goals_reached,goals_in_progress,goals_open,goals_dropped,goals_no_state",
		"r1,t1,Dora,Anna; Ben,3,0,2024-01-10,2024-03-06,42,2,6,false,3,1,0,0,1,1",
		"r2,t2,Carl,Anna; Emil,1,0,2024-05-01,2024-05-01,60,4,2,false,2,0,1,1,0,0",
		"r2,t3,Fritz,Ben,0,0,,,90,4,3,false,0,0,0,0,0,0",
		""}, "\n")
	if named.String() != want {
		t.Errorf("CSV:\n%s\nwant\n%s", named.String(), want)
	}
	// People keys sorted: anna P01, ben P02, carl P03, dora P04, emil P05, fritz P06.
	if got := strings.Split(pseudo.String(), "\n")[1]; got != "r1,t1,P04,P01; P02,3,0,2024-01-10,2024-03-06,42,2,6,false,3,1,0,0,1,1" {
		t.Errorf("pseudonymised row: %s", got)
	}
	for _, name := range []string{"Anna", "Ben", "Carl", "Dora", "Emil", "Fritz"} {
		if strings.Contains(pseudo.String(), name) {
			t.Errorf("the pseudonymised export names %s", name)
		}
	}
	var js bytes.Buffer
	if err := WriteJSON(&js, ExportOf(Programme{Rounds: rounds[:1]}, RealNames, false)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(js.String(), `"longest_gap_days": 42`) || !strings.Contains(js.String(), `"mentors": [
        "Anna",
        "Ben"
      ]`) {
		t.Errorf("JSON:\n%s", js.String())
	}
}

// TestWriteMarkdownEscapes: a name holding Markdown comes out escaped,
// so it cannot become a link or emphasis in the organisers' document;
// pseudonymised, no goal's text or name is written at all.
func TestWriteMarkdownEscapes(t *testing.T) {
	t.Parallel()
	s := smallSite(false, day(2024, 7, 15))
	s.Programme.People["dora"] = programme.Person{Key: "dora", Name: "[Dora](https://x.example) *fett*"}
	for _, tan := range s.Tandems {
		if tan.Mentee != nil && tan.Mentee.Key == "dora" {
			tan.Mentee.Name = "[Dora](https://x.example) *fett*"
		}
	}
	p, _ := Select(OfProgramme(s), "r1")
	var md, pseudo bytes.Buffer
	if err := Write(&md, s, p, Request{Round: "r1", Format: "md"}, messages.Printer{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), `\[Dora\](https://x.example) \*fett\*`) || strings.Contains(md.String(), "[Dora](") {
		t.Errorf("the name is not escaped:\n%s", md.String())
	}
	if err := Write(&pseudo, s, p, Request{Round: "r1", Format: "text", Pseudonymise: true}, messages.Printer{}); err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{"Dora", "Anna", "alle zwei Wochen", "- Goal:"} {
		if strings.Contains(pseudo.String(), secret) {
			t.Errorf("the pseudonymised text holds %q:\n%s", secret, pseudo.String())
		}
	}
	if !strings.Contains(pseudo.String(), "Goals reached: 1 of 3") {
		t.Errorf("the pseudonymised text lacks the goals' counts:\n%s", pseudo.String())
	}
}
