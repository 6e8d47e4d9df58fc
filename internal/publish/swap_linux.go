package publish

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// swap puts stage in dest's place in one atomic step (renameat2 with
// RENAME_EXCHANGE): readers see the old folder or the new one, never
// none. stage then holds the old output, which the caller removes.
func swap(stage, dest string) error {
	err := unix.Renameat2(unix.AT_FDCWD, stage, unix.AT_FDCWD, dest, unix.RENAME_EXCHANGE)
	if err == nil {
		return nil
	}
	if errors.Is(err, unix.ENOENT) {
		return os.Rename(stage, dest) // first build: nothing to exchange with
	}
	if errors.Is(err, unix.EINVAL) || errors.Is(err, unix.ENOSYS) {
		return swapByRename(stage, dest)
	}
	return err
}
