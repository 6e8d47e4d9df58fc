package main

import (
	"strings"
	"testing"
)

// TestApproveSaysScheduled: approving a post dated after the time of the
// approval says it is scheduled and for when (the date as written), in
// English and German; approving one whose date has come does not.
func TestApproveSaysScheduled(t *testing.T) {
	t.Parallel()
	const waiting = "content/posts/r1/warten.md" // dated 2024-03-02
	tests := []struct {
		lang, now string
		want      []string
		not       string
	}{
		{"en", "2024-03-01T10:00:00Z", []string{"approved " + waiting + " (digest sha256:", "…); scheduled for 2024-03-02\n"}, ""},
		{"de", "2024-03-01T10:00:00Z", []string{waiting + " freigegeben (Digest sha256:", "…); geplant für den 2024-03-02\n"}, ""},
		{"en", "2024-03-06T10:00:00Z", []string{"approved " + waiting + " (digest sha256:"}, "scheduled"},
	}
	for _, tt := range tests {
		dir := reviewSite(t)
		code, stdout, stderr := runCmdEnv(t, []string{"TANDEM_LANG=" + tt.lang}, "review", "approve", waiting, "--by", "frauke", "--now", tt.now, "-s", dir)
		if code != exitOK {
			t.Fatalf("exit %d:\n%s%s", code, stdout, stderr)
		}
		for _, want := range tt.want {
			if !strings.Contains(stdout, want) {
				t.Errorf("%s at %s: stdout lacks %q:\n%s", tt.lang, tt.now, want, stdout)
			}
		}
		if tt.not != "" && strings.Contains(stdout, tt.not) {
			t.Errorf("%s at %s: stdout says %q:\n%s", tt.lang, tt.now, tt.not, stdout)
		}
	}
}
