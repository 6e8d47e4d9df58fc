//go:build linux || darwin || freebsd || openbsd || netbsd || dragonfly

package publish

import (
	"errors"
	"io"
	"os"
	"strconv"

	"golang.org/x/sys/unix"
)

// lockOutput takes the lock of the output folder dest (an advisory lock
// on LockFile(dest)) without waiting, writes this process's id into the
// file and returns the function that releases the lock and removes the
// file. When another build holds it, the error is a *BusyError naming
// that build's process id. The kernel drops the lock when a process dies,
// even by SIGKILL, so a staging folder found while holding the lock
// belongs to no live build. locked is false when the lock could not be
// taken for another reason (a folder tandem may not create the file in, a
// file system without locks); the caller then goes on without it.
func lockOutput(dest string) (unlock func(), locked bool, err error) {
	name := LockFile(dest)
	for range 10 { // a new try each time the holder removed the file just before we locked it
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return func() {}, false, nil
		}
		if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
			defer f.Close()
			if !errors.Is(err, unix.EWOULDBLOCK) {
				return func() {}, false, nil
			}
			holder, _ := io.ReadAll(io.LimitReader(f, 32))
			return nil, false, &BusyError{Dest: dest, Holder: holderIn(holder)}
		}
		if !sameFile(f, name) {
			f.Close()
			continue
		}
		if f.Truncate(0) == nil { // a killed build's id may still be there
			_, _ = f.WriteString(strconv.Itoa(os.Getpid()) + "\n") // only for the message of a build that waits
		}
		return func() {
			_ = os.Remove(name) // while still locked: whoever locks it next checks it is still there
			f.Close()           // closing the last descriptor releases the lock
		}, true, nil
	}
	return func() {}, false, nil
}

// sameFile reports whether the open file f is still the file at name.
func sameFile(f *os.File, name string) bool {
	open, err := f.Stat()
	if err != nil {
		return false
	}
	now, err := os.Stat(name)
	return err == nil && os.SameFile(open, now)
}
