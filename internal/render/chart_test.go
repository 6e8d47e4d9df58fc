package render

import (
	"html/template"
	"strings"
	"testing"
)

// oldMarks are the marks of a chart's rows as report.html printed them
// before ChartRow.MarksHTML, in the SVG and after a row's line, where
// report.html prints them.
const oldMarks = `<svg>{{range $row := .}}<line class="chart-row"/>
      {{- range $row.Marks}}
      <circle class="chart-mark" cx="{{.X}}" cy="{{$row.Mid}}" r="{{.R}}"><title>{{.Title}}</title></circle>{{end}}{{end}}</svg>`

// newMarks is what report.html prints there now.
const newMarks = `<svg>{{range $row := .}}<line class="chart-row"/>
      {{- $row.MarksHTML}}{{end}}</svg>`

// TestChartMarksAsTemplate holds ChartRow.MarksHTML against the template
// it replaces, with hostile titles and numbers of every sign, and rows
// with no marks.
func TestChartMarksAsTemplate(t *testing.T) {
	t.Parallel()
	var rows []ChartRow
	for i, s := range hostileTexts {
		row := ChartRow{Label: s, Y: i, Mid: 13 - 3*i}
		for j := range i % 4 {
			row.Marks = append(row.Marks, ChartMark{X: 40*j - 7, R: j - 1, Title: s + hostileTexts[(i+j)%len(hostileTexts)]})
		}
		rows = append(rows, row)
	}
	for _, rows := range [][]ChartRow{nil, rows[:1], rows} {
		var want, got strings.Builder
		if err := template.Must(template.New("").Parse(oldMarks)).Execute(&want, rows); err != nil {
			t.Fatal(err)
		}
		if err := template.Must(template.New("").Parse(newMarks)).Execute(&got, rows); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%d rows:\n got %s\nwant %s", len(rows), got.String(), want.String())
		}
		if len(rows) > 1 && !strings.Contains(want.String(), "&lt;b&gt;bold") {
			t.Errorf("the hostile titles are not in the marks:\n%s", want.String())
		}
	}
}
