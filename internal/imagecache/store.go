package imagecache

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/images"
	"github.com/tandem-mentoring/tandem/internal/publish"
)

// Store is a file system (fs.FS) of derivatives: the name
// images.DerivedName(sum, width, source) opens the derivative of that
// width of the site file source, whose bytes must hash to sum. It is
// safe for concurrent use.
type Store struct {
	site     fs.FS
	settings images.Settings
	prefix   string // of the cache files: the settings' hash
	dir      *Dir   // nil: nothing is kept between builds
	slots    chan struct{}
	mu       sync.Mutex
	making   map[[32]byte]*batch
	recent   [][32]byte // the photos whose batch stays in making, oldest first
}

// batch is the derivatives of one photo, made once.
type batch struct {
	done  chan struct{}
	sizes map[int][]byte // by width
	err   error
}

// recentPhotos is how many photos' derivatives stay in memory once made,
// for the other widths read next.
const recentPhotos = 8

// Slots is how many photos a Store decodes at once: a few, so memory
// stays bounded (a 12-megapixel photo takes about 50 MB decoded).
func Slots() int { return max(1, min(runtime.GOMAXPROCS(0), 3)) }

// New returns the store of the derivatives of site's photos under s,
// keeping them in dir (nil keeps them in memory only, a few at a time).
func New(site fs.FS, s images.Settings, dir *Dir) *Store {
	key := sha256.Sum256([]byte(s.Key()))
	return &Store{site: site, settings: s, prefix: hex.EncodeToString(key[:6]), dir: dir,
		slots: make(chan struct{}, Slots()), making: map[[32]byte]*batch{}}
}

// Open opens the derivative name (images.DerivedName).
func (st *Store) Open(name string) (fs.File, error) {
	data, err := st.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return &file{Reader: bytes.NewReader(data), name: path.Base(name), size: int64(len(data))}, nil
}

// ReadFile returns the bytes of the derivative name: from the cache
// folder when it holds them sealed, else made from the original.
func (st *Store) ReadFile(name string) ([]byte, error) {
	sum, width, source, ok := images.ParseDerivedName(name)
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	if width == 0 && images.Strippable(source) {
		return st.strip(sum, width, source)
	}
	entry := st.entry(sum, width, source)
	if data := st.dir.read(entry); data != nil {
		return data, nil
	}
	b := st.batch(sum, source, width)
	if b.err != nil {
		return nil, b.err
	}
	data, ok := b.sizes[width]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return data, nil
}

// entry is the cache file of a derivative: the settings' and the
// original's hash, the width, the original's extension.
func (st *Store) entry(sum [32]byte, width int, source string) string {
	return st.prefix + "-" + hex.EncodeToString(sum[:]) + "-" + strconv.Itoa(width) + extension(source)
}

// batch returns the derivatives of the photo source, making them when
// no batch of it is being made or was made lately. width is the one
// asked for: a width images.Plan does not list (0, the photo at its own
// size) is made as well.
func (st *Store) batch(sum [32]byte, source string, width int) *batch {
	st.mu.Lock()
	b, found := st.making[sum]
	if !found {
		b = &batch{done: make(chan struct{})}
		st.making[sum] = b
	}
	st.mu.Unlock()
	if found {
		<-b.done
		if _, ok := b.sizes[width]; ok || b.err != nil {
			return b
		}
		return st.one(sum, source, width)
	}
	st.slots <- struct{}{}
	b.sizes, b.err = st.make(sum, source, width)
	<-st.slots
	close(b.done)
	st.remember(sum)
	return b
}

// one makes a single width of a photo whose batch lacks it.
func (st *Store) one(sum [32]byte, source string, width int) *batch {
	st.slots <- struct{}{}
	defer func() { <-st.slots }()
	sizes, err := st.make(sum, source, width)
	return &batch{sizes: sizes, err: err}
}

// remember keeps sum's batch among the recent ones, letting the oldest go.
func (st *Store) remember(sum [32]byte) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.recent = append(st.recent, sum)
	if len(st.recent) > recentPhotos {
		delete(st.making, st.recent[0])
		st.recent = st.recent[1:]
	}
}

// make reads the original, checks it against sum, and makes its
// derivatives (and width, when images.Plan does not list it), keeping
// each in the cache folder.
func (st *Store) make(sum [32]byte, source string, width int) (map[int][]byte, error) {
	data, err := fs.ReadFile(st.site, source)
	if err != nil {
		return nil, err
	}
	if sha256.Sum256(data) != sum {
		return nil, publish.ChangedSinceLoad(source)
	}
	info, err := images.Inspect(data, st.settings.MaxPixels)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	variants := images.Plan(path.Base(source), info, st.settings)
	extra := -1 // the width asked for that Plan does not list
	if !listed(variants, width) {
		extra = len(variants)
		w := width
		if w == 0 {
			w = info.Width
		}
		variants = append(variants, images.Variant{Width: w, Height: max(1, (info.Height*w+info.Width/2)/info.Width)})
	}
	made, err := images.Make(data, info, variants, st.settings)
	if errors.Is(err, images.ErrUnreadable) {
		return nil, Damaged(source)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	sizes := make(map[int][]byte, len(made))
	for i, v := range variants {
		w := v.Width
		if i == extra {
			w = width
		}
		sizes[w] = made[i]
		st.dir.write(st.entry(sum, w, source), made[i])
	}
	return sizes, nil
}

// Damaged is the error at the photo source whose header reads but whose
// pixels do not decode (a JPEG cut short, say): its derivatives cannot be
// made, so it cannot be published without its metadata.
func Damaged(source string) error {
	return diag.Make(diag.Pos{Path: source}, diag.Error, "image-damaged",
		diag.T("save the picture again as JPEG, PNG or WebP, or copy it again whole"),
		diag.T("this photo is damaged or cut short: its header reads, but its picture does not decode, so tandem cannot make its smaller copies nor publish it without its metadata"))
}

// strip returns the WebP or GIF image source, whose bytes hash to sum,
// without its metadata (images.Strip): at its own size (width 0) only.
// Stripping costs about what reading the file costs, so nothing is
// cached.
func (st *Store) strip(sum [32]byte, width int, source string) ([]byte, error) {
	if width != 0 {
		return nil, &fs.PathError{Op: "open", Path: source, Err: fs.ErrNotExist}
	}
	data, err := fs.ReadFile(st.site, source)
	if err != nil {
		return nil, err
	}
	if sha256.Sum256(data) != sum {
		return nil, publish.ChangedSinceLoad(source)
	}
	out, err := images.Strip(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	return out, nil
}

// listed reports whether a variant of width w is among vs.
func listed(vs []images.Variant, w int) bool {
	for _, v := range vs {
		if v.Width == w {
			return true
		}
	}
	return false
}

// extension is the lower-case extension of name.
func extension(name string) string {
	ext := path.Ext(name)
	b := []byte(ext)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// file is an open derivative.
type file struct {
	*bytes.Reader
	name string
	size int64
}

func (f *file) Stat() (fs.FileInfo, error) { return f, nil }
func (f *file) Close() error               { return nil }

// Name, Size, Mode, ModTime, IsDir and Sys make file its own
// fs.FileInfo.
func (f *file) Name() string       { return f.name }
func (f *file) Size() int64        { return f.size }
func (f *file) Mode() fs.FileMode  { return 0o444 }
func (f *file) ModTime() time.Time { return time.Time{} }
func (f *file) IsDir() bool        { return false }
func (f *file) Sys() any           { return nil }
