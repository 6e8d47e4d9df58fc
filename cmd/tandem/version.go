package main

import (
	"fmt"
	"runtime/debug"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// version is set at release time with -ldflags "-X main.version=…".
var version = "dev"

func runVersion(e env, args []string) int {
	fs := newFlags(e, "version", "version", diag.T("print the version"))
	if ok, code := parse(e, fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		e.say(e.stderr, diag.T("tandem %s: unexpected argument %q", "version", fs.Arg(0)))
		return exitUsage
	}
	info, _ := debug.ReadBuildInfo()
	fmt.Fprintf(e.stdout, "tandem %s\n", diag.Printable(versionText(version, info).In(e.printer())))
	return exitOK
}

// versionText says what a binary is, from the version set at release
// time (release, "dev" when none was) and the build information Go
// records (info, nil when there is none): the release, or else the
// module's version (which go install records), then the commit it was
// built from and whether the work tree had changes then (which go build
// records in a git checkout): "v1.2.0", "v0.0.0-20261207…-0123456789ab
// (commit 0123456789ab)", "dev (commit 0123456789ab, with uncommitted
// changes)". It is "dev" alone only when nothing is known.
func versionText(release string, info *debug.BuildInfo) diag.Text {
	v := release
	var commit string
	modified := false
	if info != nil {
		if v == "dev" && info.Main.Version != "" && info.Main.Version != "(devel)" {
			v = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				commit = s.Value[:min(len(s.Value), 12)]
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	switch {
	case commit == "":
		return diag.Verbatim(v)
	case modified:
		return diag.T("%s (commit %s, with uncommitted changes)", v, commit)
	}
	return diag.T("%s (commit %s)", v, commit)
}
