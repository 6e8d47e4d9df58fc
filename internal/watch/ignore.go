package watch

import (
	"strings"

	"github.com/tandem-mentoring/tandem/internal/scratch"
)

// hidden reports whether any segment of the slash-separated path rel starts
// with a dot: dotfiles and everything inside dot-folders. This also covers
// vim's .name.swp, emacs' .#name locks and gedit's .goutputstream-XXXXXX.
func hidden(rel string) bool {
	for seg := range strings.SplitSeq(rel, "/") {
		if strings.HasPrefix(seg, ".") && seg != "." {
			return true
		}
	}
	return false
}

// ignored reports whether rel is never reported: hidden, an editor's
// or the system's leftover (scratch.Name), or skipped by one of the
// caller's rules.
func ignored(rel string, rules []func(string) bool) bool {
	if rel == "." {
		return false
	}
	if hidden(rel) || scratch.Name(rel[strings.LastIndex(rel, "/")+1:]) {
		return true
	}
	for _, skip := range rules {
		if skip(rel) {
			return true
		}
	}
	return false
}
