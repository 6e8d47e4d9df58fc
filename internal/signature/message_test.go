package signature

import (
	"strings"
	"testing"
	"time"
)

func TestMessage(t *testing.T) {
	t.Parallel()
	want := "tandem-approval v1\n" +
		"path: content/posts/r1/2024-03-05-start.md\n" +
		"digest: sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n" +
		"approver: anna\n" +
		"approved-at: 2024-03-05T09:30:00Z\n"
	tests := []struct {
		name    string
		edit    func(*Approval)
		want    string
		wantErr string
	}{
		{"canonical, time in UTC", func(*Approval) {}, want, ""},
		{"same instant in UTC gives same text", func(a *Approval) { a.At = a.At.UTC() }, want, ""},
		{"sub-second part is dropped", func(a *Approval) { a.At = a.At.Add(900 * time.Millisecond) }, want, ""},
		{"newline in path", func(a *Approval) { a.Path += "\napprover: bob" }, "", "path"},
		{"carriage return in approver", func(a *Approval) { a.Approver = "anna\r" }, "", "line break"},
		{"tab in digest", func(a *Approval) { a.Digest = "sha256:\tab" }, "", "control character"},
		{"empty path", func(a *Approval) { a.Path = "" }, "", "no path"},
		{"empty digest", func(a *Approval) { a.Digest = "" }, "", "no digest"},
		{"empty approver", func(a *Approval) { a.Approver = "" }, "", "no approver"},
		{"zero time", func(a *Approval) { a.At = time.Time{} }, "", "no approval time"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a := sampleApproval()
			tt.edit(&a)
			got, err := Message(a)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Message() error = %v, want one mentioning %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("Message() =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
