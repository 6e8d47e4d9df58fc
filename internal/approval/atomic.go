package approval

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// ErrChanged means a post changed on disk between reading it and writing
// the edited version; the other change is kept and nothing is written.
var ErrChanged = diag.Fail(diag.T("the file was changed by someone else while tandem was working on it; run the command again"))

// ErrReadOnly means the post file may not be written.
var ErrReadOnly = diag.Fail(diag.T("the file is read-only; make it writable (chmod u+w) and run the command again"))

// Replace writes data over the file name below root in one atomic step:
// the new text goes to a temporary file in the same folder (with the
// file's permissions), is synced to disk and renamed over the original.
// old is the content name had when it was read; when the file holds
// something else just before the rename, Replace writes nothing and
// returns ErrChanged. A read-only file gives ErrReadOnly.
func Replace(root *os.Root, name string, old, data []byte) error {
	dir, err := root.OpenRoot(path.Dir(name))
	if err != nil {
		return diag.Fail(diag.T("cannot open its folder: %s", diag.TextOf(cause(err))), cause(err))
	}
	defer dir.Close()
	r := replacer{syncEach: true}
	s, err := r.stage(dir, name, old, data)
	if err != nil {
		return err
	}
	if err := r.commit(s); err != nil {
		return err
	}
	return syncDir(dir)
}

// replacer writes files atomically. A batch stages every file, syncs
// them together and then commits them one by one. Each file is reached
// through a Root of its folder, so every step resolves a single name.
type replacer struct {
	// syncEach syncs every temporary file on its own; a batch on Linux
	// syncs the whole file system once instead.
	syncEach bool
	// write writes the temporary file; tests make it fail.
	write func(f *os.File, data []byte) error
	// beforeCommit runs just before the final check; tests change the
	// file there to play a second editor.
	beforeCommit func(name string)
}

// staged is a new version waiting in a temporary file beside the post.
type staged struct {
	// dir is the post's folder; base and tmp are names in it.
	dir       *os.Root
	name      string
	base, tmp string
	old       [32]byte
}

// stage writes data to a temporary file beside name (a path below the
// site root), in its folder dir.
func (r replacer) stage(dir *os.Root, name string, old, data []byte) (*staged, error) {
	base := path.Base(name)
	info, err := dir.Lstat(base)
	if err != nil {
		return nil, diag.Fail(diag.T("cannot read it: %s", diag.TextOf(cause(err))), cause(err))
	}
	if !info.Mode().IsRegular() {
		return nil, notRegular()
	}
	if info.Mode().Perm()&0o200 == 0 {
		return nil, ErrReadOnly
	}
	s := &staged{dir: dir, name: name, base: base, tmp: tempName(base), old: sha256.Sum256(old)}
	f, err := dir.OpenFile(s.tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, info.Mode().Perm())
	if err != nil {
		return nil, diag.Fail(diag.T("cannot write a new version beside it: %s", diag.TextOf(cause(err))), cause(err))
	}
	err = f.Chmod(info.Mode().Perm()) // the umask may have removed bits
	if err == nil {
		err = r.writeData(f, data)
	}
	if err == nil && r.syncEach {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = dir.Remove(s.tmp)
		return nil, diag.Fail(diag.T("cannot write the new version (the file is unchanged): %s", diag.TextOf(err)), err)
	}
	return s, nil
}

func (r replacer) writeData(f *os.File, data []byte) error {
	if r.write != nil {
		return r.write(f, data)
	}
	_, err := f.Write(data)
	return err
}

// commit renames the staged file over the original unless the original
// changed since it was read.
func (r replacer) commit(s *staged) error {
	if r.beforeCommit != nil {
		r.beforeCommit(s.name)
	}
	cur, err := fs.ReadFile(s.dir.FS(), s.base)
	if err != nil || sha256.Sum256(cur) != s.old {
		s.abort()
		return ErrChanged
	}
	if err := s.dir.Rename(s.tmp, s.base); err != nil {
		s.abort()
		return diag.Fail(diag.T("cannot replace the file (it is unchanged): %s", diag.TextOf(err)), err)
	}
	return nil
}

// abort removes the temporary file.
func (s *staged) abort() { _ = s.dir.Remove(s.tmp) }

// syncDir makes renames in dir durable.
func syncDir(dir *os.Root) error {
	d, err := dir.Open(".")
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, errors.ErrUnsupported) {
		return diag.Fail(diag.T("cannot sync the folder %s: %s", dir.Name(), diag.TextOf(err)), err)
	}
	return nil
}

// tempName is a hidden name beside base that content.Load skips.
func tempName(base string) string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return "." + base + ".tandem-" + hex.EncodeToString(b[:])
}

// notRegular is the error for a post that is a link, a folder or another
// kind of file tandem does not edit.
func notRegular() error {
	return diag.Fail(diag.T("it is not a regular file (a link or a folder?); tandem only edits plain post files"))
}

// cause drops the path from a file error: messages name the post already.
func cause(err error) error {
	if u := errors.Unwrap(err); u != nil {
		return u
	}
	return err
}
