package build

import (
	"os"
	"testing"
	"time"
)

// TestClockMakesScheduledPostDue: with a Clock, each run takes the time
// afresh, so a scheduled post is published by the first update after its
// date, with no file changed; with Now alone it stays scheduled.
func TestClockMakesScheduledPostDue(t *testing.T) {
	root, err := os.OpenRoot("testdata/sites/programme")
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	const due = "posts/zukunft/index.html"
	now := goldenNow
	c := NewCompiler(root.FS(), Options{Now: goldenNow, Clock: func() time.Time { return now }})
	fixed := NewCompiler(root.FS(), Options{Now: goldenNow})
	for _, step := range []struct {
		at        time.Time
		published bool
	}{
		{goldenNow, false},
		{time.Date(2026, 12, 24, 12, 0, 0, 0, time.UTC), true},
	} {
		now = step.at
		compiled, problems := c.Update(nil)
		if compiled == nil {
			t.Fatal(problems.Err())
		}
		if got := hasOutput(compiled, due); got != step.published {
			t.Errorf("at %s: %s published %t, want %t", step.at.Format(time.DateOnly), due, got, step.published)
		}
		if compiled, _ := fixed.Update(nil); compiled == nil || hasOutput(compiled, due) {
			t.Errorf("at %s: without a clock the post is published", step.at.Format(time.DateOnly))
		}
	}
}
