package build

import (
	"fmt"
	"strings"
	"time"
)

// Timings are how long each stage of one compile took, in the order the
// stages ran.
type Timings []Timing

// Timing is the duration of one stage.
type Timing struct {
	Stage    string
	Duration time.Duration
}

// String formats the timings on one line: "load 120ms · validate 3ms …".
func (ts Timings) String() string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = fmt.Sprintf("%s %s", t.Stage, t.Duration.Round(time.Millisecond))
	}
	return strings.Join(parts, " · ")
}

type timer struct {
	c     *Compiler
	stage string
	start time.Time
	done  bool
}

// timer starts timing a stage; stop records it (once).
func (c *Compiler) timer(stage string) *timer {
	return &timer{c: c, stage: stage, start: time.Now()}
}

func (t *timer) stop() {
	if !t.done {
		t.done = true
		t.c.timings = append(t.c.timings, Timing{t.stage, time.Since(t.start)})
	}
}

func (c *Compiler) takeTimings() Timings {
	ts := c.timings
	c.timings = nil
	return ts
}
