package content

import (
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// toolMade reports names that programs leave in a folder on their own:
// macOS's .DS_Store and "._" resource files, git's .gitkeep and
// .gitignore, backups ending in "~", vim's swap files, Emacs's lock links
// (".#index.md") and LibreOffice's lock files (".~lock.x.odt#"). An author
// never means to publish them, so skipping them stays silent.
func toolMade(name string) bool {
	return name == ".DS_Store" || strings.HasPrefix(name, "._") || strings.HasPrefix(name, ".git") ||
		strings.HasPrefix(name, ".#") || strings.HasPrefix(name, ".~lock.") || strings.HasSuffix(name, "~") || strings.HasSuffix(name, ".swp") || strings.HasSuffix(name, ".swx")
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
