package folder

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"

	"golang.org/x/sys/unix"
)

// beneath is a folder opened for openat2; -1 when it could not be
// opened, and then the os.Root does all the work.
type beneath int

// openBeneath opens dir for openat2.
func openBeneath(dir string) beneath {
	fd, err := unix.Open(dir, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return -1
	}
	return beneath(fd)
}

func (b beneath) close() {
	if b >= 0 {
		_ = unix.Close(int(b))
	}
}

// how resolves a path in one call that refuses to leave the folder or
// follow a symbolic link.
const how = unix.RESOLVE_BENEATH | unix.RESOLVE_NO_SYMLINKS

// open opens the file name for reading, or returns nil when openat2
// cannot: the caller then asks the os.Root, which also reports why a
// file is missing. Folders are left to the os.Root too: the entries that
// os.File.ReadDir lists can only describe themselves relative to the
// working folder. A symbolic link on the way is an error (ErrLink), not
// a reason to ask the os.Root, which would follow it.
func (b beneath) open(name string) (*file, error) {
	if b < 0 {
		return nil, nil
	}
	fd, err := unix.Openat2(int(b), name, &unix.OpenHow{Flags: unix.O_RDONLY | unix.O_CLOEXEC, Resolve: how})
	if errors.Is(err, unix.ELOOP) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: ErrLink}
	}
	if err != nil {
		return nil, nil
	}
	f := os.NewFile(uintptr(fd), name)
	info, err := f.Stat()
	if err != nil || info.IsDir() {
		f.Close()
		return nil, nil
	}
	return &file{File: f, info: info}, nil
}

// write creates or truncates the file name below the folder and writes
// data into it. The kernel resolves the whole path in one call that
// refuses to leave the folder or follow a symbolic link (openat2 with
// RESOLVE_BENEATH and RESOLVE_NO_SYMLINKS): the guarantee of an os.Root,
// which resolves paths one folder at a time, for a third of the system
// calls. It reports false, having done nothing, where openat2 is missing
// (Linux before 5.6, or a sandbox that forbids it).
func (b beneath) write(name string, data []byte) (bool, error) {
	if b < 0 {
		return false, nil
	}
	fd, err := unix.Openat2(int(b), name, &unix.OpenHow{Flags: unix.O_WRONLY | unix.O_CREAT | unix.O_TRUNC | unix.O_CLOEXEC, Mode: 0o644, Resolve: how})
	if errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.EPERM) {
		return false, nil
	}
	if err != nil {
		return true, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	for len(data) > 0 && err == nil {
		var n int
		n, err = unix.Write(fd, data)
		if errors.Is(err, unix.EINTR) {
			err = nil
		}
		data = data[max(n, 0):]
	}
	if cerr := unix.Close(fd); err == nil {
		err = cerr
	}
	if err != nil {
		return true, &fs.PathError{Op: "write", Path: name, Err: err}
	}
	return true, nil
}

// mkdir makes the folder name below the folder: the folder above it is
// opened in one call that refuses to leave the folder or follow a
// symbolic link (openat2, as write does), and name's last element made
// in it (mkdirat). It reports false, having done nothing, where openat2
// is missing; name must be a valid fs path.
func (b beneath) mkdir(name string) (bool, error) {
	if b < 0 {
		return false, nil
	}
	parent, last := int(b), name
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		fd, err := unix.Openat2(int(b), name[:i], &unix.OpenHow{Flags: unix.O_PATH | unix.O_DIRECTORY | unix.O_CLOEXEC, Resolve: how})
		if errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.EPERM) {
			return false, nil
		}
		if err != nil {
			return true, &fs.PathError{Op: "mkdir", Path: name, Err: err}
		}
		defer unix.Close(fd)
		parent, last = fd, name[i+1:]
	}
	if err := unix.Mkdirat(parent, last, 0o755); err != nil {
		return true, &fs.PathError{Op: "mkdir", Path: name, Err: err}
	}
	return true, nil
}

// readLimited is ReadLimited for a file openat2 can open, with no
// os.File; done is false when it cannot, and for anything but a regular
// file: the caller then opens the file the slow way, which says why.
func (b beneath) readLimited(name string, limit int64) (data []byte, size int64, done bool, err error) {
	if b < 0 {
		return nil, 0, false, nil
	}
	fd, err := unix.Openat2(int(b), name, &unix.OpenHow{Flags: unix.O_RDONLY | unix.O_CLOEXEC, Resolve: how})
	if errors.Is(err, unix.ELOOP) {
		return nil, 0, true, &fs.PathError{Op: "open", Path: name, Err: ErrLink}
	}
	if err != nil {
		return nil, 0, false, nil
	}
	defer unix.Close(fd)
	var st unix.Stat_t
	if unix.Fstat(fd, &st) != nil || st.Mode&unix.S_IFMT != unix.S_IFREG {
		return nil, 0, false, nil
	}
	if st.Size > limit {
		return nil, st.Size, true, nil
	}
	data, size, err = readUpTo(func(p []byte) (int, error) { return readFD(fd, name, p) }, st.Size, limit)
	return data, size, true, err
}

// readFD reads from fd, the open file name, as an os.File does: io.EOF
// at the end, a read interrupted by a signal tried again.
func readFD(fd int, name string, p []byte) (int, error) {
	for {
		n, err := unix.Read(fd, p)
		switch {
		case errors.Is(err, unix.EINTR):
			continue
		case err != nil:
			return 0, &fs.PathError{Op: "read", Path: name, Err: err}
		case n == 0 && len(p) > 0:
			return 0, io.EOF
		}
		return n, nil
	}
}
