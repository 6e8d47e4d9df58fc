package build

import (
	"bytes"
	"crypto/sha256"
	"io"
	"io/fs"
	"path"

	"github.com/tandem-mentoring/tandem/internal/publish"
	"github.com/tandem-mentoring/tandem/internal/render"
)

// openApproved opens the approved bundle file of the snapshot's copy e
// (served at name) and checks it against the hash load took, reading it
// once through (in small pieces, so a large photo costs no memory), then
// serves it from the same open file: a file changed, replaced (as editors
// save) or turned into a link since load is never served; only one
// written over in place while it is being served could be. The dev server keeps serving
// its last good build after a failed rebuild, so the file may have
// changed long after. A source that cannot seek is read whole.
func openApproved(e render.Copy, name string) (fs.File, error) {
	f, err := e.From.Open(e.Name)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	if seeker, ok := f.(io.Seeker); ok {
		h := sha256.New()
		_, err = io.Copy(h, f)
		if err == nil && [32]byte(h.Sum(nil)) != e.Sum {
			err = publish.ChangedSinceLoad(e.Name)
		}
		if err == nil {
			_, err = seeker.Seek(0, io.SeekStart)
		}
		if err != nil {
			f.Close()
			return nil, &fs.PathError{Op: "open", Path: name, Err: err}
		}
		return sourceFile{File: f, name: path.Base(name)}, nil
	}
	defer f.Close()
	info, err := f.Stat()
	var data []byte
	if err == nil {
		data, err = io.ReadAll(f)
	}
	if err == nil && sha256.Sum256(data) != e.Sum {
		err = publish.ChangedSinceLoad(e.Name)
	}
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return &memFile{info: memInfo{name: path.Base(name), size: int64(len(data)), mod: info.ModTime()}, Reader: bytes.NewReader(data)}, nil
}
