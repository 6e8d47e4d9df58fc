package publish

import (
	"crypto/sha256"
	"io/fs"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/render"
)

// ReadCopy reads the file c copies, from c.From or else from site. For a
// bundle file (c.Sum set) the bytes must be the ones load hashed, which
// the approval covers: a file changed (or swapped) since is an error at
// the file (ChangedSinceLoad), and its bytes are never written. The
// site's file system follows no symbolic link (folder.ErrLink), so a
// file replaced by a link to a draft or the site's .env is not read
// either.
func ReadCopy(site fs.FS, c render.Copy) ([]byte, error) {
	from := c.From
	if from == nil {
		from = site
	}
	data, err := fs.ReadFile(from, c.Name)
	if err != nil {
		return nil, err
	}
	if c.Sum != ([32]byte{}) && sha256.Sum256(data) != c.Sum {
		return nil, ChangedSinceLoad(c.Name)
	}
	return data, nil
}

// ChangedSinceLoad is the error at the site file name whose bytes no
// longer hash to what load hashed: they are not what was approved.
func ChangedSinceLoad(name string) error {
	return diag.Make(diag.Pos{Path: name}, diag.Error, "changed-since-load",
		diag.T("build again (a changed bundle file makes the approval stale until it is approved again)"),
		diag.T("this file changed while tandem was building; its new bytes are not what was loaded and approved, so they are not published"))
}
