package validate

import (
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
)

func TestCheckPostDateOutsideRound(t *testing.T) {
	t.Parallel()
	const hint = "fix the date, or give the post the tandem or round it belongs to"
	tests := []struct {
		name   string
		fields string
		want   []problem
	}{
		{"first day", "title: T\ndate: 2024-01-01\nround: r1\n", nil},
		{"last day, late", "title: T\ndate: 2024-06-30T23:30:00+02:00\nround: r1\n", nil},
		{"before the start", "title: T\ndate: 2023-12-31\nround: r1\n", []problem{{"p.md:3:7", "date-outside-round: the post is dated 2023-12-31, before round r1 starts (2024-01-01 to 2024-06-30)", hint}}},
		{"after the end, round from the tandem", "title: T\ndate: 2025-03-01\ntandem: t02\n", []problem{{"p.md:3:7", "date-outside-round: the post is dated 2025-03-01, after round r2 ends (2024-09-01 to 2025-02-28)", hint}}},
		{"retrospective in its grace", "title: T\ndate: 2024-08-25\nround: r1\nkind: retrospective\n", nil},
		{"retrospective after its grace", "title: T\ndate: 2024-08-26\nround: r1\nkind: retrospective\n", []problem{{"p.md:3:7", "date-outside-round: the retrospective is dated 2024-08-26, over 8 weeks after round r1 ends (2024-01-01 to 2024-06-30)", hint}}},
		{"unknown round: reported once", "title: T\ndate: 2020-01-01\nround: r9\n", []problem{{"p.md:4:8", `unknown-round: round "r9" is unknown`, `did you mean "r1"? (known: r1, r2)`}}},
	}
	prog := load(t, programmeYAML)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, _ := CheckPost(prog, post(t, "p.md", tt.fields), new(content.Slugs))
			check(t, got, tt.want)
		})
	}
}
