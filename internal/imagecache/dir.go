package imagecache

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/tandem-mentoring/tandem/internal/folder"
)

// Folder is the cache folder below the site folder. It is hidden, so
// neither load nor the watcher of tandem serve looks into it, and no
// output folder is inside it.
const Folder = ".tandem/cache/images"

// Dir is the cache folder of a site, opened without following a
// symbolic link on the way, and the key its files are sealed with. The
// folder is made when the first derivative is kept, so a site without
// photos gets none. It is safe for concurrent use.
type Dir struct {
	site, keyFile string
	mu            sync.Mutex
	f             *folder.Folder
	key           []byte
	failed        error // the folder cannot be used: keep nothing
}

// ErrLink is the error of a cache folder that is, or passes through, a
// symbolic link (a repository committing .tandem as a link elsewhere):
// tandem writes nothing there.
var ErrLink = errors.New("the image cache folder is or passes through a symbolic link; tandem writes no cache there")

// NewDir returns the cache folder of the site folder siteDir, with the
// seal key in keyFile (made when missing, 32 random bytes readable by
// the user only; it lives outside the site, see KeyFile). Close it when
// done.
func NewDir(siteDir, keyFile string) *Dir { return &Dir{site: siteDir, keyFile: keyFile} }

// folder returns the open cache folder, opening it when it exists (or
// making it, with create), or nil.
func (d *Dir) folder(create bool) (*folder.Folder, []byte) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.f != nil || d.failed != nil {
		return d.f, d.key
	}
	if !create {
		if info, err := os.Lstat(filepath.Join(d.site, Folder)); err != nil || !info.IsDir() {
			return nil, nil
		}
	}
	d.f, d.key, d.failed = open(d.site, d.keyFile)
	return d.f, d.key
}

// open opens (making it when missing) the cache folder of siteDir and
// reads the seal key.
func open(siteDir, keyFile string) (*folder.Folder, []byte, error) {
	key, err := sealKey(keyFile)
	if err != nil {
		return nil, nil, err
	}
	root, err := os.OpenRoot(siteDir)
	if err != nil {
		return nil, nil, err
	}
	defer root.Close()
	dir := "."
	for _, name := range []string{".tandem", "cache", "images"} {
		dir = filepath.Join(dir, name)
		info, err := root.Lstat(dir)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			if err := root.Mkdir(dir, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
				return nil, nil, err
			}
		case err != nil:
			return nil, nil, err
		case info.Mode()&fs.ModeSymlink != 0 || !info.IsDir():
			return nil, nil, ErrLink
		}
	}
	f, err := folder.Open(filepath.Join(siteDir, Folder))
	return f, key, err
}

// KeyFile is where the seal key is kept: in the user's cache folder,
// outside every site.
func KeyFile() (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(base, "tandem", "image-cache.key"), nil
}

// sealKey reads the key in name, making it when missing.
func sealKey(name string) ([]byte, error) {
	key, err := os.ReadFile(name)
	if err == nil && len(key) == 32 {
		return key, nil
	}
	key = make([]byte, 32)
	_, _ = rand.Read(key)
	if err := os.MkdirAll(filepath.Dir(name), 0o700); err != nil {
		return nil, err
	}
	tmp := name + ".tmp"
	if err := os.WriteFile(tmp, key, 0o600); err != nil {
		return nil, err
	}
	return key, os.Rename(tmp, name)
}

// Close closes the folder.
func (d *Dir) Close() error {
	if d == nil {
		return nil
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.f == nil {
		return nil
	}
	err := d.f.Close()
	d.f, d.failed = nil, errors.New("closed")
	return err
}

// seal is the seal of a cache file's bytes under its name.
func seal(key []byte, name string, data []byte) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(name + "\x00"))
	m.Write(data)
	return m.Sum(nil)
}

// read returns the bytes of the cache file name when it is there and its
// seal holds, else nil.
func (d *Dir) read(name string) []byte {
	if d == nil {
		return nil
	}
	f, key := d.folder(false)
	if f == nil {
		return nil
	}
	data, err := fs.ReadFile(f.FS(), name)
	if err != nil || len(data) < sha256.Size {
		return nil
	}
	body, sum := data[:len(data)-sha256.Size], data[len(data)-sha256.Size:]
	if !hmac.Equal(sum, seal(key, name, body)) {
		return nil
	}
	return body
}

// write keeps data as the cache file name, sealed: written under a
// temporary name and renamed, so a build killed halfway leaves no half
// file under a cache name. A cache that cannot be written costs time
// only: the error is dropped.
func (d *Dir) write(name string, data []byte) {
	if d == nil {
		return
	}
	f, key := d.folder(true)
	if f == nil {
		return
	}
	var rnd [8]byte
	_, _ = rand.Read(rnd[:])
	tmp := ".tmp-" + filepath.Base(name) + "-" + hex.EncodeToString(rnd[:])
	sealed := append(append(make([]byte, 0, len(data)+sha256.Size), data...), seal(key, name, data)...)
	if err := f.WriteFile(tmp, sealed); err != nil {
		return
	}
	if err := f.Root().Rename(tmp, name); err != nil {
		_ = f.Root().Remove(tmp)
	}
}
