package build

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/render"
)

// FS returns the compiled site as a read-only file system, exactly the
// files publish.Write would write. It is a snapshot: the dev server
// serves from it while the next build runs, so readers never see a
// half-written site. It finds a file by its path in the compiled
// outputs, which no later run changes, and in the copies, both sorted by
// path, so making one after every save lists no file. A copied file is
// opened in site (or the theme) when it is opened, and read from there
// as it is read: serving a large bundle photo never holds it in memory.
func (c *Compiled) FS(site fs.FS) fs.FS {
	return &memFS{outputs: c.Result.Outputs, copies: slices.SortedFunc(slices.Values(c.Copies()), byPath), site: site}
}

func byPath(a, b render.Copy) int { return strings.Compare(a.Path, b.Path) }

type memFS struct {
	outputs []render.Output // sorted by path
	copies  []render.Copy   // sorted by path; one without From comes from site
	site    fs.FS
}

// output returns the generated file name.
func (m *memFS) output(name string) (render.Output, bool) {
	if i := from(m.outputs, name, outputPath); i < len(m.outputs) && m.outputs[i].Path == name {
		return m.outputs[i], true
	}
	return render.Output{}, false
}

// copied returns the copied file name, with the file system it comes
// from.
func (m *memFS) copied(name string) (render.Copy, bool) {
	i := from(m.copies, name, copyPath)
	if i == len(m.copies) || m.copies[i].Path != name {
		return render.Copy{}, false
	}
	c := m.copies[i]
	if c.From == nil {
		c.From = m.site
	}
	return c, true
}

// children returns the names in the folder dir, sorted, each once: the
// next part of every path below it.
func (m *memFS) children(dir string) []string {
	prefix := strings.TrimPrefix(dir+"/", "./") // of the paths below it
	var names []string
	add := func(p string) bool {
		rest, ok := strings.CutPrefix(p, prefix)
		if ok {
			name, _, _ := strings.Cut(rest, "/")
			names = append(names, name)
		}
		return ok
	}
	for i := from(m.outputs, prefix, outputPath); i < len(m.outputs) && add(m.outputs[i].Path); i++ {
	}
	for i := from(m.copies, prefix, copyPath); i < len(m.copies) && add(m.copies[i].Path); i++ {
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// isDir reports whether name is a folder: whether a path lies below it.
func (m *memFS) isDir(name string) bool {
	prefix := strings.TrimPrefix(name+"/", "./")
	i, j := from(m.outputs, prefix, outputPath), from(m.copies, prefix, copyPath)
	return i < len(m.outputs) && strings.HasPrefix(m.outputs[i].Path, prefix) ||
		j < len(m.copies) && strings.HasPrefix(m.copies[j].Path, prefix)
}

// from returns the place in list, sorted by path, of the first entry
// whose path is not before p.
func from[T any](list []T, p string, pathOf func(T) string) int {
	i, _ := slices.BinarySearchFunc(list, p, func(x T, p string) int { return strings.Compare(pathOf(x), p) })
	return i
}

func outputPath(o render.Output) string { return o.Path }
func copyPath(c render.Copy) string     { return c.Path }

// Open opens a file or folder of the snapshot.
func (m *memFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if o, ok := m.output(name); ok {
		return &memFile{info: memInfo{name: path.Base(name), size: int64(len(o.Data))}, Reader: bytes.NewReader(o.Data)}, nil
	}
	if c, ok := m.copied(name); ok {
		if c.Sum != ([32]byte{}) {
			return openApproved(c, name)
		}
		f, err := c.From.Open(c.Name)
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: name, Err: err}
		}
		return sourceFile{File: f, name: path.Base(name)}, nil
	}
	if m.isDir(name) {
		return &memDir{fs: m, path: name, info: memInfo{name: path.Base(name), dir: true}}, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// size returns the size of a file, asking the source of a copied one
// (with its modification time; a generated file has none).
func (m *memFS) size(name string) (int64, time.Time) {
	if o, ok := m.output(name); ok {
		return int64(len(o.Data)), time.Time{}
	}
	if c, ok := m.copied(name); ok {
		if info, err := fs.Stat(c.From, c.Name); err == nil {
			return info.Size(), info.ModTime()
		}
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
	children []string // listed on the first ReadDir
	read     int
}

func (d *memDir) Stat() (fs.FileInfo, error) { return d.info, nil }
func (d *memDir) Close() error               { return nil }
func (d *memDir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.path, Err: fs.ErrInvalid}
}

// ReadDir lists the folder's entries in name order.
func (d *memDir) ReadDir(n int) ([]fs.DirEntry, error) {
	if d.read == 0 && d.children == nil {
		d.children = d.fs.children(d.path)
	}
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
		size, mod := d.fs.size(full)
		out[i] = fs.FileInfoToDirEntry(memInfo{name: name, dir: d.fs.isDir(full), size: size, mod: mod})
	}
	d.read += len(rest)
	return out, nil
}

var _ fs.ReadDirFile = (*memDir)(nil)
