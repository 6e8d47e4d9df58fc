package publish

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// Marker is the file older versions of tandem left in every output
// folder they wrote. tandem keeps that record beside the folder now
// (ManifestFile), so the published site holds nothing of tandem's; a
// folder with the marker and no manifest is still taken as tandem's,
// every file in it, once: the build that replaces it writes a manifest,
// and a site without the marker.
const Marker = ".tandem-output"

const markerText = "This folder is written by tandem and replaced on every build.\n"

// shownForeign is how many files tandem did not write an error names.
const shownForeign = 5

// checkReplaceable decides whether tandem may replace dest and returns
// the files of dest that are tandem's, sorted: the manifest's list, or
// every file of a folder an older tandem marked (Marker). It refuses a
// destination that is a file, one that is not empty and that tandem has
// no record of, and one holding a file tandem did not write (a .git, a
// file someone added), which replacing it would delete.
func checkReplaceable(dest string) ([]string, error) {
	info, err := os.Lstat(dest)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, diag.Fail(diag.T("%s is a file, not a folder; choose a folder with -d", dest))
	}
	listed, found, err := readManifest(dest)
	if err != nil {
		return nil, err
	}
	if found || isRegular(filepath.Join(dest, Marker)) {
		files, err := listTree(dest)
		if err != nil {
			return nil, err
		}
		if !found {
			if foreign := dotfiles(files); len(foreign) > 0 {
				return nil, foreignError(dest, foreign, manifest{})
			}
			return files, nil
		}
		if foreign := notListed(files, listed); len(foreign) > 0 {
			return nil, foreignError(dest, foreign, listed)
		}
		return listed.paths(), nil
	}
	if empty, err := emptyTree(dest); err != nil || empty {
		return nil, err // nothing to lose
	}
	return nil, diag.Fail(diag.T("%s holds files tandem did not write (tandem keeps a record of what it writes, %s, and there is none), "+
		"so tandem will not replace it; choose another destination with -d, or empty the folder if its files may go",
		dest, filepath.Base(ManifestFile(dest))))
}

// listTree lists the files below dir (links included, never followed),
// slash-separated and sorted. It reads each folder once, from its
// directory entries, without a stat per file.
func listTree(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, err := filepath.Rel(dir, p)
			if err != nil {
				return err
			}
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	slices.Sort(files)
	return files, err
}

// emptyTree reports whether dir holds no file, only (if anything)
// folders holding none either. It stops at the first file.
func emptyTree(dir string) (bool, error) {
	errFound := errors.New("found")
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			return errFound
		}
		return err
	})
	if err == errFound {
		return false, nil
	}
	return err == nil, err
}

// tandems reports whether the file name (slash-separated) is one tandem
// makes for itself: a marker, or a temporary file of an update.
func tandems(name string) bool { return strings.HasPrefix(path.Base(name), ".tandem-") }

// notListed returns the files that are not in listed and not tandem's own.
func notListed(files []string, listed manifest) []string {
	var out []string
	for _, f := range files {
		if !tandems(f) && !listed.has(f) {
			out = append(out, f)
		}
	}
	return out
}

// dotfiles returns the files of an older tandem's output that it never
// wrote: those below an entry whose name starts with "." (a .git), other
// than its own.
func dotfiles(files []string) []string {
	var out []string
	for _, f := range files {
		if top, _, _ := strings.Cut(f, "/"); strings.HasPrefix(top, ".") && !tandems(top) {
			out = append(out, f)
		}
	}
	return out
}

// foreignError refuses to replace dest, which holds the files foreign
// that tandem did not write. It names the first few: a top-level entry
// that holds nothing tandem wrote (a .git) by its own name, other files
// by their path.
func foreignError(dest string, foreign []string, listed manifest) error {
	ours := map[string]bool{}
	for _, p := range listed.paths() {
		top, _, _ := strings.Cut(p, "/")
		ours[top] = true
	}
	var names []string
	for _, f := range foreign {
		if top, _, _ := strings.Cut(f, "/"); !ours[top] {
			f = top
		}
		if len(names) == 0 || names[len(names)-1] != f {
			names = append(names, f)
		}
	}
	shown := diag.Verbatim(strings.Join(names[:min(len(names), shownForeign)], ", "))
	if len(names) > shownForeign {
		shown = diag.T("%s and %d more", shown, len(names)-shownForeign)
	}
	return diag.Fail(diag.T("%s holds %s, which tandem did not write; replacing the folder would delete it, so tandem will not; "+
		"move a file the site should publish into content/static/ (tandem then writes it itself) and anything else "+
		"(such as a .git: publish from a copy of the output) out of the folder, or delete it; or choose another destination with -d", dest, shown))
}

// isRegular reports whether name is a regular file (not a link).
func isRegular(name string) bool {
	info, err := os.Lstat(name)
	return err == nil && info.Mode().IsRegular()
}
