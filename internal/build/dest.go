package build

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
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
	if real, err := filepath.EvalSymlinks(dst); err == nil {
		dst = real
	}
	if real, err := filepath.EvalSymlinks(src); err == nil {
		src = real
	}
	home, _ := os.UserHomeDir()
	switch {
	case dst == filepath.VolumeName(dst)+string(filepath.Separator):
		return fmt.Errorf("the destination %s is the root of the file system; choose a folder such as public/", dest)
	case home != "" && dst == filepath.Clean(home):
		return fmt.Errorf("the destination %s is your home folder; choose a folder such as public/", dest)
	case within(src, dst):
		return fmt.Errorf("the destination %s contains the site folder %s; writing there would replace your sources", dest, source)
	case within(dst, filepath.Join(src, "content")):
		return fmt.Errorf("the destination %s is inside content/; choose a folder such as public/", dest)
	}
	return nil
}

// within reports whether path is dir or below it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && (rel == "." || (rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))))
}
