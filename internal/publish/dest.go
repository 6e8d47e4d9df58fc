package publish

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// CheckDestination refuses output folders that would put the user's files
// at risk: the file system root, the home folder, the site folder itself,
// any folder that contains the site, and anything inside content/.
func CheckDestination(source, dest string) error {
	src, err := filepath.Abs(source)
	if err != nil {
		return err
	}
	dst, err := filepath.Abs(dest)
	if err != nil {
		return err
	}
	dst, src = resolve(dst), resolve(src)
	home, _ := os.UserHomeDir()
	switch {
	case dst == filepath.VolumeName(dst)+string(filepath.Separator):
		return diag.Fail(diag.T("the destination %s is the root of the file system; choose a folder such as public/", dest))
	case home != "" && dst == filepath.Clean(home):
		return diag.Fail(diag.T("the destination %s is your home folder; choose a folder such as public/", dest))
	case within(src, dst):
		return diag.Fail(diag.T("the destination %s contains the site folder %s; writing there would replace your sources", dest, source))
	case within(dst, filepath.Join(src, "content")):
		return diag.Fail(diag.T("the destination %s is inside content/; choose a folder such as public/", dest))
	}
	return nil
}

// within reports whether path is dir or below it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && (rel == "." || (rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))))
}

// resolve follows symbolic links in the absolute path p. For a path that
// does not exist yet it resolves the deepest part that does, so a link
// further up (to the site, say) is still seen through; a link that points
// at nothing yet is followed too.
func resolve(p string) string {
	p = followLink(p)
	var rest []string
	for dir := p; ; dir = filepath.Dir(dir) {
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Join(append([]string{real}, rest...)...)
		}
		if filepath.Dir(dir) == dir {
			return p
		}
		rest = append([]string{filepath.Base(dir)}, rest...)
	}
}

// followLink follows p while it is a symbolic link, also to a target that
// does not exist yet, and returns where it leads.
func followLink(p string) string {
	for range 40 { // the limit the kernel uses for loops
		info, err := os.Lstat(p)
		if err != nil || info.Mode()&os.ModeSymlink == 0 {
			return p
		}
		target, err := os.Readlink(p)
		if err != nil {
			return p
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(p), target)
		}
		p = target
	}
	return p
}

// OutputFolder returns the output folder to write, as a real path (no
// symbolic link left in it): named when the user named one on the
// command line (-d), or the folder below inside the site folder source
// otherwise (public, .tandem/preview). A folder the user named may be,
// or pass through, a symbolic link: the folder it leads to is written
// and the link stays. The folders tandem chose itself may not: a link
// committed as public/ (or .tandem/) would send the whole site, with
// file names chosen in content/static/, wherever the link points. Both
// must also pass CheckDestination.
func OutputFolder(source, named, below string) (string, error) {
	dest := named
	if dest == "" {
		dest = filepath.Join(source, below)
		if err := refuseLinks(source, below); err != nil {
			return "", err
		}
	}
	if err := CheckDestination(source, dest); err != nil {
		return "", err
	}
	abs, err := filepath.Abs(dest)
	if err != nil {
		return "", err
	}
	return resolve(abs), nil
}

// refuseLinks returns an error when a folder on the way from source to
// source/below, or that folder itself, is a symbolic link.
func refuseLinks(source, below string) error {
	p := source
	for _, part := range strings.Split(filepath.ToSlash(filepath.Clean(below)), "/") {
		p = filepath.Join(p, part)
		info, err := os.Lstat(p)
		if err != nil {
			return nil // missing: tandem makes it, as a folder
		}
		if info.Mode()&os.ModeSymlink != 0 {
			target, _ := os.Readlink(p)
			return diag.Fail(diag.T("%s is a symbolic link (to %s), and tandem writes its output through no link it was not given; "+
				"remove the link (tandem makes the folder itself) or, if you mean to write where it points, name it with -d %s", p, target, p))
		}
	}
	return nil
}

// stillReal refuses an output folder that does not lead where it did
// when OutputFolder resolved it: a folder on its way (or the folder
// itself) has become a symbolic link since, as a git checkout of a branch
// that commits one does while tandem serve runs.
func stillReal(dest string) error {
	abs, err := filepath.Abs(dest)
	if err != nil {
		return err
	}
	if real := resolve(abs); real != abs {
		return diag.Fail(diag.T("%s now leads to %s through a symbolic link; tandem does not write its output through a link it was not given (start tandem again to use the folder as it is now)", dest, real))
	}
	return nil
}
