package render

// The keys of the report views (see keys.go): every field, each value
// with its length; the retrospectives by their cards' keys.

// seal computes the report's key; reportView calls it once per render.
func (v *ReportView) seal(ks *keying) {
	k := ks.keyer().str("report")
	v.key(k)
	v.sum = k.sum()
}

func (v *ReportView) key(k *keyer) {
	v.Round.key(k)
	k.str(v.Summary).str(v.Start).str(v.End).str(v.StartText).str(v.EndText).str(v.DateText)
	k.int(v.Tandems).int(v.Mentors).int(v.Mentees).strs(v.Departments).int(v.Pairs).int(v.CrossPairs).strs(v.Returning)
	k.int(v.Posts).int(v.Diary).int(v.Unpublished)
	v.Goals.key(k)
	k.int(len(v.Rows))
	for i := range v.Rows {
		v.Rows[i].key(k)
	}
	k.int(len(v.Topics))
	for _, t := range v.Topics {
		k.str(t.Name).bool(t.Planned).int(t.Posts)
	}
	k.int(len(v.Retrospectives))
	for _, c := range v.Retrospectives {
		k.key(c.sum)
	}
	k.int(len(v.Highlights))
	for _, h := range v.Highlights {
		k.str(h.Text)
		h.From.key(k)
	}
	if k.present(v.Survey != nil) {
		s := v.Survey
		k.int(s.Responses).int(s.Invited).int(s.Scale).str(s.Satisfaction).str(s.NPS).str(s.Quote)
	}
	k.int(len(v.Events))
	for _, e := range v.Events {
		k.str(e.Kind).str(e.KindText).str(e.DateISO).str(e.DateText).str(e.Title)
	}
	v.Chart.key(k)
}

func (g GoalCounts) key(k *keyer) {
	k.int(g.Open).int(g.InProgress).int(g.Reached).int(g.Dropped).int(g.None).int(g.Total)
}

func (r *ReportRow) key(k *keyer) {
	k.str(r.ID).str(r.Name).str(r.Href).str(r.Mentee).strs(r.Mentors).str(r.Cadence)
	k.int(r.Entries).int(r.Unpublished).str(r.FirstISO).str(r.FirstText).str(r.LastISO).str(r.LastText)
	k.int(r.GapDays).str(r.GapFromText).str(r.GapToText).int(r.IntervalWeeks).int(r.Expected).bool(r.MeetsCadence)
	k.int(len(r.Goals))
	for _, g := range r.Goals {
		k.str(g.Text).str(g.Status).str(g.StatusText).str(g.Note)
	}
	k.strs(r.Topics).int(len(r.Weeks))
	for _, w := range r.Weeks {
		k.str(w.DateText).int(w.Entries)
	}
}

func (c *ChartView) key(k *keyer) {
	k.int(c.Width).int(c.Height).int(c.Plot).int(len(c.Rows))
	for _, r := range c.Rows {
		k.str(r.Label).int(r.Y).int(r.Mid).int(len(r.Marks))
		for _, m := range r.Marks {
			k.int(m.X).int(m.R).str(m.Title)
		}
	}
	k.int(len(c.Ticks))
	for _, t := range c.Ticks {
		k.int(t.X).str(t.Label)
	}
	k.int(len(c.Events))
	for _, t := range c.Events {
		k.int(t.X).str(t.Label)
	}
}
