package content

import (
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/scratch"
)

// toolMade reports names that programs leave in a folder on their own
// (scratch.Name: backups, swap and lock files, .DS_Store, Thumbs.db…)
// and git's .gitkeep and .gitignore. An author never means to publish
// them, so skipping them stays silent.
func toolMade(name string) bool {
	return scratch.Name(name) || strings.HasPrefix(name, ".git")
}

// warnSkipped warns at a bundle file whose name starts with "." or "_"
// and that no program made on its own (toolMade): tandem does not publish
// it, so a link to it would break without a word why.
func warnSkipped(name, base string, problems *diag.List) {
	if toolMade(base) || !(strings.HasPrefix(base, ".") || strings.HasPrefix(base, "_")) {
		return
	}
	problems.Warnf(diag.Pos{Path: name}, "file-skipped", diag.T("rename the file without the leading %q if it belongs to the post", base[:1]),
		"this file is not published: names starting with \".\" or \"_\" are left out of a bundle")
}
