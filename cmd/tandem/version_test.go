package main

import (
	"runtime/debug"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/messages"
)

// TestVersionText formats fixed build information: a release set at link
// time, a module version (go install), a commit and whether the work
// tree had changes (go build in a git checkout), in English and German;
// "dev" only when nothing is known.
func TestVersionText(t *testing.T) {
	t.Parallel()
	vcs := func(version string, settings ...string) *debug.BuildInfo {
		info := &debug.BuildInfo{Main: debug.Module{Path: "github.com/tandem-mentoring/tandem", Version: version}}
		for i := 0; i+1 < len(settings); i += 2 {
			info.Settings = append(info.Settings, debug.BuildSetting{Key: settings[i], Value: settings[i+1]})
		}
		return info
	}
	const rev = "0123456789abcdef0123456789abcdef01234567"
	de := messages.New().Printer("de")
	tests := []struct {
		release string
		info    *debug.BuildInfo
		en, de  string
	}{
		{"dev", nil, "dev", "dev"},
		{"dev", vcs("(devel)"), "dev", "dev"},
		{"v1.2.0", vcs("(devel)"), "v1.2.0", "v1.2.0"},
		{"dev", vcs("v1.3.0"), "v1.3.0", "v1.3.0"},
		{"v1.2.0", vcs("v1.3.0"), "v1.2.0", "v1.2.0"},
		{"dev", vcs("(devel)", "vcs", "git", "vcs.revision", rev, "vcs.modified", "false"),
			"dev (commit 0123456789ab)", "dev (Commit 0123456789ab)"},
		{"dev", vcs("v0.0.0-20261207162300-0123456789ab+dirty", "vcs.revision", rev, "vcs.modified", "true"),
			"v0.0.0-20261207162300-0123456789ab+dirty (commit 0123456789ab, with uncommitted changes)",
			"v0.0.0-20261207162300-0123456789ab+dirty (Commit 0123456789ab, mit nicht eingecheckten Änderungen)"},
		{"dev", vcs("(devel)", "vcs.revision", "abc"), "dev (commit abc)", "dev (Commit abc)"},
	}
	for _, tt := range tests {
		got := versionText(tt.release, tt.info)
		if got.String() != tt.en {
			t.Errorf("versionText(%q, %+v) = %q, want %q", tt.release, tt.info, got.String(), tt.en)
		}
		if got.In(de) != tt.de {
			t.Errorf("versionText(%q, %+v) in German = %q, want %q", tt.release, tt.info, got.In(de), tt.de)
		}
	}
}
