package publish

import (
	"errors"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"

	"github.com/tandem-mentoring/tandem/internal/workers"
)

// removeTree removes the folder dir and everything in it, as os.RemoveAll
// does, but reads each folder once and removes its entries by name
// relative to the open folder, on one goroutine per core: the old output
// of a 10,000-post site goes in a fraction of the time. It never follows
// a symbolic link: a link is removed, not what it points to.
func removeTree(dir string) error {
	parent, err := unix.Open(filepath.Dir(dir), unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return os.RemoveAll(dir)
	}
	defer unix.Close(parent)
	err = removeAt(parent, filepath.Base(dir), dir)
	if err != nil && !errors.Is(err, unix.ENOENT) {
		return os.RemoveAll(dir) // whatever is left, the careful way
	}
	return nil
}

// removeAt removes the folder name inside the open folder parent; path
// is the folder's full path (the name an entry of unknown type is
// looked up by).
func removeAt(parent int, name, path string) error {
	fd, err := unix.Openat(parent, name, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0)
	if err != nil {
		if errors.Is(err, unix.ENOTDIR) || errors.Is(err, unix.ELOOP) {
			return unix.Unlinkat(parent, name, 0) // a file or a link where a folder was
		}
		return err
	}
	f := os.NewFile(uintptr(fd), path)
	entries, err := f.ReadDir(-1)
	if err != nil {
		f.Close()
		return err
	}
	errs := make([]error, len(entries))
	workers.ForEach(len(entries), func(i int) {
		name := entries[i].Name()
		if entries[i].IsDir() {
			errs[i] = removeAt(fd, name, filepath.Join(path, name))
		} else if errs[i] = unix.Unlinkat(fd, name, 0); errors.Is(errs[i], unix.EISDIR) {
			errs[i] = removeAt(fd, name, filepath.Join(path, name))
		}
	})
	f.Close()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	return unix.Unlinkat(parent, name, unix.AT_REMOVEDIR)
}
