package scratch

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

// Name reports whether a file named name (one path segment) was left by
// an editor or the operating system rather than written by the author:
// editors' backups, swap, lock, autosave and safe-write files, and the
// files Windows and macOS put into folders they show (Thumbs.db,
// desktop.ini, .DS_Store, "._" resource forks).
func Name(name string) bool {
	return suffix(name) || vimSwap(name) || vimProbeName(name) || emacs(name) || system(name)
}

// suffix matches the endings of files editors keep beside the one being
// edited: backups, JetBrains' safe-write pair, VS Code's atomic-save
// temporary and Kate's swap file.
func suffix(name string) bool {
	for _, s := range []string{"~", "___jb_tmp___", "___jb_old___", ".vsctmp", ".kate-swp"} {
		if strings.HasSuffix(name, s) {
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

// emacs matches Emacs's "#name#" autosaves and ".#name" lock links.
func emacs(name string) bool {
	return len(name) > 2 && strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#") ||
		strings.HasPrefix(name, ".#")
}

// system matches what file managers leave: Windows Explorer's thumbnail
// caches and folder settings (any case, as Windows does not tell case
// apart), macOS Finder's .DS_Store and AppleDouble "._" files, and
// LibreOffice's ".~lock.name#" while a document is open.
func system(name string) bool {
	switch strings.ToLower(name) {
	case "thumbs.db", "ehthumbs.db", "ehthumbs_vista.db", "desktop.ini":
		return true
	}
	return name == ".DS_Store" || strings.HasPrefix(name, "._") || strings.HasPrefix(name, ".~lock.")
}
