package folder

import (
	"fmt"
	"io"
	"io/fs"
	"slices"
)

// ReadLimited reads the regular file name of fsys whole when it holds at
// most limit bytes; for a larger file it returns nil data and the size.
// It opens the file once: a size query and then a read would look the
// path up twice, which an os.Root does one folder at a time. A Folder's
// FS reads with plain system calls (openat2, fstat, read, close), without
// the os.File whose making costs a system call more per file.
func ReadLimited(fsys fs.FS, name string, limit int64) (data []byte, size int64, err error) {
	if s, ok := fsys.(folderFS); ok && fs.ValidPath(name) {
		if data, size, done, err := s.f.fast.readLimited(name, limit); done {
			return data, size, err
		}
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, 0, err
	}
	if !info.Mode().IsRegular() {
		return nil, 0, fmt.Errorf("%s is not a regular file", name)
	}
	if size = info.Size(); size > limit {
		return nil, size, nil
	}
	return readUpTo(f.Read, size, limit)
}

// readUpTo reads with read to the end, into a buffer of one byte more
// than size, so that a file that grew since its size was taken is still
// read to its end, and the limit still holds.
func readUpTo(read func([]byte) (int, error), size, limit int64) ([]byte, int64, error) {
	data := make([]byte, 0, size+1)
	for {
		n, err := read(data[len(data):cap(data)])
		data = data[:len(data)+max(n, 0)]
		switch {
		case err == io.EOF:
			return data, int64(len(data)), nil
		case err != nil:
			return nil, 0, err
		case int64(len(data)) > limit:
			return nil, int64(len(data)), nil
		case len(data) == cap(data):
			data = slices.Grow(data, 4096)
		}
	}
}
