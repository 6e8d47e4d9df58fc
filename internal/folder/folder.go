package folder

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
)

// Folder is an open folder. Close it when done. It is safe for concurrent
// use.
type Folder struct {
	root *os.Root
	fast beneath
}

// Open opens the folder dir.
func Open(dir string) (*Folder, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return &Folder{root: root, fast: openBeneath(dir)}, nil
}

// Close closes the folder; its FS can no longer be read.
func (f *Folder) Close() error {
	f.fast.close()
	return f.root.Close()
}

// Root returns the os.Root the folder is opened with, for what Folder
// does not offer itself (atomic replacement of a file, say).
func (f *Folder) Root() *os.Root { return f.root }

// WriteFile creates or truncates the file name and writes data into it.
// The folders on the way must exist.
func (f *Folder) WriteFile(name string, data []byte) error {
	if !fs.ValidPath(name) {
		return &fs.PathError{Op: "writefile", Path: name, Err: fs.ErrInvalid}
	}
	if done, err := f.fast.write(name, data); done {
		return err
	}
	return f.root.WriteFile(name, data, 0o644)
}

// Mkdir makes the folder name; the one above it must exist. As WriteFile
// does, it resolves the folder above in one system call where it can.
func (f *Folder) Mkdir(name string) error {
	if !fs.ValidPath(name) {
		return &fs.PathError{Op: "mkdir", Path: name, Err: fs.ErrInvalid}
	}
	if done, err := f.fast.mkdir(name); done {
		return err
	}
	return f.root.Mkdir(name, 0o755)
}

// FS returns the folder as a file system for reading.
func (f *Folder) FS() fs.FS { return folderFS{f: f, fs: f.root.FS()} }

// folderFS opens files the fast way and does everything else through the
// os.Root.
type folderFS struct {
	f  *Folder
	fs fs.FS
}

// Open opens the file name.
func (s folderFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if file, err := s.f.fast.open(name); file != nil || err != nil {
		return file, err
	}
	if err := s.f.linkOnPath(name); err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return s.fs.Open(name)
}

// ReadFile reads the file name whole.
func (s folderFS) ReadFile(name string) ([]byte, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "readfile", Path: name, Err: fs.ErrInvalid}
	}
	file, err := s.f.fast.open(name)
	if err != nil {
		return nil, err
	}
	if file != nil {
		defer file.Close()
		return readAll(file)
	}
	if err := s.f.linkOnPath(name); err != nil {
		return nil, &fs.PathError{Op: "readfile", Path: name, Err: err}
	}
	return fs.ReadFile(s.fs, name)
}

// ErrLink is the error for a path through a symbolic link: Open and
// ReadFile follow none, even one that stays inside the folder, so a file
// that was checked once (a post, a bundle image) cannot be swapped for a
// link to another (a draft, the site's .env) before it is read again.
var ErrLink = errors.New("a symbolic link is on the way, and tandem follows none below the site folder")

// linkOnPath returns ErrLink when name, or a folder on the way to it, is
// a symbolic link. It asks the os.Root one folder at a time, for the
// paths the fast way leaves to it (folders, missing files, systems
// without openat2).
func (f *Folder) linkOnPath(name string) error {
	if name == "." {
		return nil
	}
	for i := 0; i <= len(name); i++ {
		if i < len(name) && name[i] != '/' {
			continue
		}
		info, err := f.root.Lstat(name[:i])
		if err != nil {
			return nil // missing: the os.Root says so
		}
		if info.Mode()&fs.ModeSymlink != 0 {
			return ErrLink
		}
	}
	return nil
}

// ReadDir lists the folder name, sorted by file name.
func (s folderFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrInvalid}
	}
	entries, ok := s.f.fast.readDir(name)
	if !ok {
		return fs.ReadDir(s.fs, name)
	}
	list := make([]fs.DirEntry, len(entries))
	for i, e := range entries {
		e.dir, e.fs = name, s.fs
		list[i] = e
	}
	slices.SortFunc(list, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return list, nil
}

// dirEntry is an entry of a folder listed the fast way. Its details are
// asked of the os.Root when needed (few callers need more than the name
// and type).
type dirEntry struct {
	name, dir string
	typ       fs.FileMode
	fs        fs.FS
}

// Name is the entry's file name.
func (e dirEntry) Name() string { return e.name }

// IsDir reports whether the entry is a folder.
func (e dirEntry) IsDir() bool { return e.typ.IsDir() }

// Type is the entry's type bits, from the directory entry.
func (e dirEntry) Type() fs.FileMode { return e.typ }

// String formats the entry as fs.FormatDirEntry does.
func (e dirEntry) String() string { return fs.FormatDirEntry(e) }

// Info describes the entry as an lstat does: a symbolic link is not
// followed.
func (e dirEntry) Info() (fs.FileInfo, error) { return fs.Lstat(e.fs, path.Join(e.dir, e.name)) }

// Stat describes the file name.
func (s folderFS) Stat(name string) (fs.FileInfo, error) {
	if err := s.f.linkOnPath(name); err != nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: err}
	}
	return fs.Stat(s.fs, name)
}

// Lstat describes the file name without following a final symbolic
// link.
func (s folderFS) Lstat(name string) (fs.FileInfo, error) { return fs.Lstat(s.fs, name) }

// ReadLink returns the destination of the symbolic link name.
func (s folderFS) ReadLink(name string) (string, error) { return fs.ReadLink(s.fs, name) }

// file is a file opened the fast way; it knows its FileInfo from the
// open, so asking for it costs no second system call.
type file struct {
	*os.File
	info fs.FileInfo
}

// Stat describes the file as it was when opened.
func (f *file) Stat() (fs.FileInfo, error) { return f.info, nil }

// readAll reads an open file to its end, in a buffer sized by its length.
func readAll(f *file) ([]byte, error) {
	size := 512
	if n := f.info.Size(); n > 0 {
		size = int(n) + 1
	}
	data := make([]byte, 0, size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
}
