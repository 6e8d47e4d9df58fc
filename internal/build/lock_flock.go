//go:build linux || darwin || freebsd || openbsd || netbsd || dragonfly

package build

import (
	"os"

	"golang.org/x/sys/unix"
)

// lockFolder takes an exclusive advisory lock on dir, waiting while
// another tandem holds it, and returns the function that releases it. The
// kernel drops the lock when a process dies, even by SIGKILL, so a
// staging folder found while holding the lock belongs to no live build.
// ok is false when the lock could not be taken (a file system without
// locks); the caller then goes on without it.
func lockFolder(dir string) (unlock func(), ok bool) {
	f, err := os.Open(dir)
	if err != nil {
		return func() {}, false
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX); err != nil {
		f.Close()
		return func() {}, false
	}
	return func() { f.Close() }, true // closing the last descriptor releases the lock
}
