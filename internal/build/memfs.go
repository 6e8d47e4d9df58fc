package build

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/tandem-mentoring/tandem/internal/publish"
)

// FS returns the compiled site as a read-only file system, exactly the
// files publish.Write would write. It is a snapshot: the dev server
// serves from it while the next build runs, so readers never see a
// half-written site. A copied file is opened in site (or the theme) when
// it is opened, and read from there as it is read: serving a large bundle
// photo never holds it in memory.
func (c *Compiled) FS(site fs.FS) fs.FS {
	m := &memFS{files: make(map[string]memEntry, len(c.Result.Outputs))}
	for _, o := range c.Result.Outputs {
		m.add(o.Path, memEntry{data: o.Data})
	}
	for _, cp := range c.Copies() {
		from := cp.From
		if from == nil {
			from = site
		}
		m.add(cp.Path, memEntry{from: from, name: cp.Name, sum: cp.Sum})
	}
	return m
}

type memFS struct {
	files map[string]memEntry
	// changes, in a snapshot made by NextFS, are the files that differ
	// from files, which it shares with the snapshot before; a removed
	// file is an entry with gone set.
	changes map[string]memEntry
	// dirs maps each folder to the names of its entries. It is built on
	// the first folder lookup, so publishing a snapshot stays cheap.
	dirs     map[string]map[string]bool
	dirsOnce sync.Once
}

type memEntry struct {
	data []byte
	from fs.FS
	name string
	sum  [32]byte // of an approved bundle file; see render.Copy
	gone bool
}

func (m *memFS) add(name string, e memEntry) { m.files[name] = e }

// lookup returns the entry of the file name.
func (m *memFS) lookup(name string) (memEntry, bool) {
	if e, ok := m.changes[name]; ok {
		return e, !e.gone
	}
	e, ok := m.files[name]
	return e, ok
}

// index builds the folder listing from the file names.
func (m *memFS) index() {
	m.dirs = map[string]map[string]bool{}
	for name := range m.files {
		if _, changed := m.changes[name]; !changed {
			m.addDirs(name)
		}
	}
	for name, e := range m.changes {
		if !e.gone {
			m.addDirs(name)
		}
	}
}

func (m *memFS) addDirs(name string) {
	for dir, child := path.Dir(name), path.Base(name); ; dir, child = path.Dir(dir), path.Base(dir) {
		children, known := m.dirs[dir]
		if !known {
			children = map[string]bool{}
			m.dirs[dir] = children
		}
		children[child] = true
		if dir == "." || known {
			return
		}
	}
}

// Open opens a file or folder of the snapshot.
func (m *memFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if e, ok := m.lookup(name); ok {
		if e.from != nil && e.sum != ([32]byte{}) {
			return openApproved(e, name)
		}
		if e.from != nil {
			f, err := e.from.Open(e.name)
			if err != nil {
				return nil, &fs.PathError{Op: "open", Path: name, Err: err}
			}
			return sourceFile{File: f, name: path.Base(name)}, nil
		}
		return &memFile{info: memInfo{name: path.Base(name), size: int64(len(e.data))}, Reader: bytes.NewReader(e.data)}, nil
	}
	m.dirsOnce.Do(m.index)
	if children, ok := m.dirs[name]; ok {
		names := make([]string, 0, len(children))
		for c := range children {
			names = append(names, c)
		}
		slices.Sort(names)
		return &memDir{fs: m, path: name, info: memInfo{name: path.Base(name), dir: true}, children: names}, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// size returns the size of a file, asking the source of a copied one
// (with its modification time; a generated file has none).
func (m *memFS) size(name string) (int64, time.Time) {
	e, _ := m.lookup(name)
	if e.from == nil {
		return int64(len(e.data)), time.Time{}
	}
	if info, err := fs.Stat(e.from, e.name); err == nil {
		return info.Size(), info.ModTime()
	}
	return 0, time.Time{}
}

type memInfo struct {
	name string
	size int64
	dir  bool
	mod  time.Time
}

func (i memInfo) Name() string       { return i.name }
func (i memInfo) Size() int64        { return i.size }
func (i memInfo) ModTime() time.Time { return i.mod }
func (i memInfo) IsDir() bool        { return i.dir }
func (i memInfo) Sys() any           { return nil }
func (i memInfo) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0o555
	}
	return 0o444
}

type memFile struct {
	info memInfo
	*bytes.Reader
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *memFile) Close() error               { return nil }

// sourceFile is a copied file, open in its source; it reads and seeks
// there, and has its name in the snapshot.
type sourceFile struct {
	fs.File
	name string
}

func (f sourceFile) Stat() (fs.FileInfo, error) {
	info, err := f.File.Stat()
	if err != nil {
		return nil, err
	}
	return memInfo{name: f.name, size: info.Size(), mod: info.ModTime()}, nil
}

// Seek seeks in the source file, when it can (os and embed files can).
func (f sourceFile) Seek(offset int64, whence int) (int64, error) {
	s, ok := f.File.(io.Seeker)
	if !ok {
		return 0, errors.ErrUnsupported
	}
	return s.Seek(offset, whence)
}

type memDir struct {
	fs       *memFS
	path     string
	info     memInfo
	children []string
	read     int
}

func (d *memDir) Stat() (fs.FileInfo, error) { return d.info, nil }
func (d *memDir) Close() error               { return nil }
func (d *memDir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.path, Err: fs.ErrInvalid}
}

// ReadDir lists the folder's entries in name order.
func (d *memDir) ReadDir(n int) ([]fs.DirEntry, error) {
	rest := d.children[d.read:]
	if n > 0 && len(rest) == 0 {
		return nil, io.EOF
	}
	if n > 0 && len(rest) > n {
		rest = rest[:n]
	}
	out := make([]fs.DirEntry, len(rest))
	for i, name := range rest {
		full := strings.TrimPrefix(path.Join(d.path, name), "./")
		_, isDir := d.fs.dirs[full] // index is built: d came from Open
		size, mod := d.fs.size(full)
		out[i] = fs.FileInfoToDirEntry(memInfo{name: name, dir: isDir, size: size, mod: mod})
	}
	d.read += len(rest)
	return out, nil
}

var _ fs.ReadDirFile = (*memDir)(nil)

// maxChanges is how many changed files a snapshot made by NextFS keeps
// beside the files it shares, before NextFS lists every file again.
const maxChanges = 2048

// NextFS returns the same snapshot as FS, made from prev, the snapshot of
// an earlier build, and ch, what changed since (Changes): it shares
// prev's list of files and keeps only the changed ones beside it,
// instead of listing thousands of files again. prev must come from FS or
// NextFS; otherwise NextFS is FS.
func (c *Compiled) NextFS(prev fs.FS, site fs.FS, ch publish.Changes) fs.FS {
	old, ok := prev.(*memFS)
	n := len(ch.Outputs) + len(ch.Copies) + len(ch.Gone)
	if !ok || len(old.changes)+n > maxChanges {
		return c.FS(site)
	}
	m := &memFS{files: old.files, changes: make(map[string]memEntry, len(old.changes)+n)}
	maps.Copy(m.changes, old.changes)
	for _, p := range ch.Gone {
		m.changes[p] = memEntry{gone: true}
	}
	for _, o := range ch.Outputs {
		m.changes[o.Path] = memEntry{data: o.Data}
	}
	for _, cp := range ch.Copies {
		from := cp.From
		if from == nil {
			from = site
		}
		m.changes[cp.Path] = memEntry{from: from, name: cp.Name, sum: cp.Sum}
	}
	return m
}
