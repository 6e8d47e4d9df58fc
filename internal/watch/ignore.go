package watch

import (
	"strconv"
	"strings"
)

// vimProbe is the first name vim tries when it checks whether it may
// create files in a folder; it steps up by vimProbeStep if that name is
// taken.
const (
	vimProbe     = 4913
	vimProbeStep = 123
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

// scratch reports whether a file named name (one path segment) is an
// editor's scratch file rather than something the author wrote.
func scratch(name string) bool {
	return scratchSuffix(name) || vimSwap(name) || vimProbeName(name) || emacsAutosave(name)
}

// scratchSuffix matches the endings of files editors keep beside the one
// being edited: backups, JetBrains' safe-write pair, VS Code's atomic-save
// temporary and Kate's swap file.
func scratchSuffix(name string) bool {
	for _, suffix := range []string{"~", "___jb_tmp___", "___jb_old___", ".vsctmp", ".kate-swp"} {
		if strings.HasSuffix(name, suffix) {
			return true
		}
	}
	return false
}

// vimSwap matches vim's swap files: .swp, then .swo, .swn and so on back
// to .swa when earlier ones are taken, and .swx, which vim creates to test
// a folder.
func vimSwap(name string) bool {
	i := strings.LastIndex(name, ".sw")
	if i < 0 || len(name) != i+4 {
		return false
	}
	c := name[i+3]
	return c >= 'a' && c <= 'p' || c == 'x'
}

// vimProbeName matches the numeric files vim writes and deletes to find
// out whether it may create files in a folder (4913, 5036, ...).
func vimProbeName(name string) bool {
	n, err := strconv.Atoi(name)
	return err == nil && n >= vimProbe && (n-vimProbe)%vimProbeStep == 0 && strconv.Itoa(n) == name
}

// emacsAutosave matches emacs' #name# auto-save files.
func emacsAutosave(name string) bool {
	return len(name) > 2 && strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#")
}

// ignored reports whether rel is never reported: hidden, an editor's
// scratch file, or skipped by one of the caller's rules.
func ignored(rel string, rules []func(string) bool) bool {
	if rel == "." {
		return false
	}
	if hidden(rel) || scratch(rel[strings.LastIndex(rel, "/")+1:]) {
		return true
	}
	for _, skip := range rules {
		if skip(rel) {
			return true
		}
	}
	return false
}
