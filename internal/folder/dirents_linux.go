package folder

import (
	"bytes"
	"encoding/binary"
	"io/fs"

	"golang.org/x/sys/unix"
)

// readDir lists the folder name from the kernel's directory entries,
// which carry each entry's type, so listing costs no system call per
// entry: the os.Root's ReadDir asks for every entry's details (an lstat
// each, 10,000 of them for a folder of 10,000 posts). The entries come in
// the kernel's order. It returns ok false, having listed nothing, when
// openat2 cannot open the folder or the file system leaves an entry's
// type unknown; the caller then asks the os.Root. The entries have their
// name and type only; the caller fills in the rest.
func (b beneath) readDir(name string) (list []dirEntry, ok bool) {
	if b < 0 {
		return nil, false
	}
	fd, err := unix.Openat2(int(b), name, &unix.OpenHow{Flags: unix.O_RDONLY | unix.O_DIRECTORY | unix.O_CLOEXEC, Resolve: how})
	if err != nil {
		return nil, false
	}
	defer unix.Close(fd)
	buf := make([]byte, 32<<10)
	for {
		n, err := unix.Getdents(fd, buf)
		switch {
		case err != nil:
			return nil, false
		case n == 0:
			return list, true
		}
		for rec := buf[:n]; len(rec) > 0; {
			// struct linux_dirent64: inode (8 bytes), offset (8), record
			// length (2), type (1), then the name, ended by a NUL.
			size := int(binary.NativeEndian.Uint16(rec[16:18]))
			typ, entry := rec[18], rec[19:size]
			rec = rec[size:]
			entry = entry[:bytes.IndexByte(entry, 0)]
			if string(entry) == "." || string(entry) == ".." {
				continue
			}
			mode, known := direntType(typ)
			if !known {
				return nil, false
			}
			list = append(list, dirEntry{name: string(entry), typ: mode})
		}
	}
}

// direntType is the file type of a directory entry's type byte.
func direntType(typ byte) (fs.FileMode, bool) {
	switch typ {
	case unix.DT_REG:
		return 0, true
	case unix.DT_DIR:
		return fs.ModeDir, true
	case unix.DT_LNK:
		return fs.ModeSymlink, true
	case unix.DT_FIFO:
		return fs.ModeNamedPipe, true
	case unix.DT_SOCK:
		return fs.ModeSocket, true
	case unix.DT_CHR:
		return fs.ModeDevice | fs.ModeCharDevice, true
	case unix.DT_BLK:
		return fs.ModeDevice, true
	}
	return 0, false
}
