package render

import (
	"html/template"
	"strings"
	"testing"
)

// oldWeeks is a report row's weeks as report.html printed them before
// ReportRow.WeeksHTML, in a list item; newWeeks is what it prints now.
const (
	oldWeeks = `{{range .}}<li>{{if .Weeks}}{{range $i, $w := .Weeks}}{{if $i}}; {{end}}{{t "week_of" "date" $w.DateText}} ({{$w.Entries}}){{end}}{{else}}none{{end}}</li>{{end}}`
	newWeeks = `{{range .}}<li>{{if .Weeks}}{{.WeeksHTML (t "week_of")}}{{else}}none{{end}}</li>{{end}}`
)

// TestReportWeeksAsTemplate holds ReportRow.WeeksHTML against the
// template it replaces, with hostile days and texts of the week (the
// {date} twice, or not at all, or the string missing: t gives its key),
// entries of every sign, and rows without weeks.
func TestReportWeeksAsTemplate(t *testing.T) {
	t.Parallel()
	var rows []ReportRow
	for i, s := range hostileTexts {
		row := ReportRow{Name: s}
		for j := range i % 4 {
			row.Weeks = append(row.Weeks, WeekView{DateText: s + hostileTexts[(i+j)%len(hostileTexts)], Entries: 3*j - 2})
		}
		rows = append(rows, row)
	}
	weekOfs := []string{"week of {date}", "Woche ab {date} – {date}", "no date", `<b>{date}</b> & "+"`, "\x00{date}\xff"}
	for _, weekOf := range append(weekOfs, hostileTexts...) {
		str := &Strings{text: map[string]string{"week_of": weekOf}}
		if weekOf == "" {
			str.text = map[string]string{}
		}
		funcs := template.FuncMap{"t": str.T}
		for _, rows := range [][]ReportRow{nil, rows[:1], rows} {
			var want, got strings.Builder
			if err := template.Must(template.New("").Funcs(funcs).Parse(oldWeeks)).Execute(&want, rows); err != nil {
				t.Fatal(err)
			}
			if err := template.Must(template.New("").Funcs(funcs).Parse(newWeeks)).Execute(&got, rows); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("%q, %d rows:\n got %s\nwant %s", weekOf, len(rows), got.String(), want.String())
			}
			if weekOf == weekOfs[3] && len(rows) > 1 && !strings.Contains(want.String(), "&lt;b&gt;plain") {
				t.Errorf("the hostile days are not in the weeks:\n%s", want.String())
			}
		}
	}
}
