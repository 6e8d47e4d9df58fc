package main

import (
	"encoding/json"
	"strings"
	"testing"
)

const reportHeader = "round,tandem,mentee,mentors,entries,unpublished,first,last,longest_gap_days,interval_weeks,expected_entries,meets_cadence,goals_total,goals_reached,goals_in_progress,goals_open,goals_dropped,goals_no_state\n"

// TestReportCommand runs tandem report on the golden site in each format:
// production counts published posts only; the preview counts the
// held-back ones and says so; pseudonyms replace every name.
func TestReportCommand(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"csv", nil, reportHeader +
			"r1,t01,Dr. Cleo Chefin,Ada Lehrling; Bo Azubi,3,0,2024-01-15,2024-03-18,102,4,6,false,3,1,1,0,0,1\n" +
			"r2,t02,Dan Direktor,Bo Azubi,0,0,,,61,4,2,false,1,0,0,0,0,1\n"},
		{"one round", []string{"--round", "r2"}, reportHeader + "r2,t02,Dan Direktor,Bo Azubi,0,0,,,61,4,2,false,1,0,0,0,0,1\n"},
		{"preview, pseudonymised", []string{"--preview", "--pseudonymise"}, reportHeader +
			"r1,t01,P03,P01; P02,3,0,2024-01-15,2024-03-18,102,4,6,false,3,1,1,0,0,1\n" +
			"r2,t02,P04,P02,3,3,2026-10-01,2026-12-24,30,4,2,true,1,0,0,0,0,1\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, out, errs := runCmd(t, append([]string{"report", "--no-history", "-s", goldenSite, "--now", "2026-11-01", "--format", "csv"}, tt.args...)...)
			if code != exitOK || out != tt.want {
				t.Errorf("exit %d (%s), output\n%s\nwant\n%s", code, errs, out, tt.want)
			}
		})
	}
	code, out, errs := runCmd(t, "report", "--no-history", "-s", goldenSite, "--now", "2026-11-01", "--format", "json", "--pseudonymise")
	var got struct {
		Pseudonymised bool
		Tandems       []struct {
			Tandem, Mentee string
			Mentors        []string
			Entries        int
		}
	}
	if code != exitOK || json.Unmarshal([]byte(out), &got) != nil || !got.Pseudonymised || len(got.Tandems) != 2 || got.Tandems[0].Mentee != "P03" || got.Tandems[0].Entries != 3 {
		t.Errorf("json: exit %d (%s): %s", code, errs, out)
	}
	for _, name := range []string{"Cleo", "Ada", "Bo Azubi", "Dan"} {
		if strings.Contains(out, name) {
			t.Errorf("the pseudonymised JSON names %s", name)
		}
	}
	if code, _, errs := runCmd(t, "report", "--no-history", "-s", goldenSite, "--round", "r9"); code != exitUsage || !strings.Contains(errs, `no round "r9"`) {
		t.Errorf("an unknown round: exit %d, %s", code, errs)
	}
	if code, _, errs := runCmd(t, "report", "--no-history", "-s", goldenSite, "--format", "pdf"); code != exitUsage || !strings.Contains(errs, "text, md, csv or json") {
		t.Errorf("an unknown format: exit %d, %s", code, errs)
	}
	if code, _, errs := runCmd(t, "report", "--no-history", "-s", goldenSite, "--rows", "people"); code != exitUsage || !strings.Contains(errs, "tandems, rounds or months") {
		t.Errorf("an unknown kind of row: exit %d, %s", code, errs)
	}
}
