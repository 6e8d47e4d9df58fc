package scaffold

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// refuseLinks refuses to write the file name (slash-separated, below the
// site folder) when a folder on its way, or the file itself, is a
// symbolic link: content/posts/<round> linked to a folder elsewhere
// would have tandem new write there. The os.Root keeps every path inside
// the site, but a link that stays inside still leads where the command
// was not told to write, and the build, which follows no link in
// content/, would never read the file. The error is at the link, as load
// reports it.
func (s Site) refuseLinks(name string) error {
	var p string
	for _, part := range strings.Split(name, "/") {
		p = path.Join(p, part)
		info, err := s.Root.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			return nil // tandem new makes the rest, as folders
		}
		if err != nil {
			return err
		}
		if info.Mode()&os.ModeSymlink != 0 {
			target, _ := s.Root.Readlink(p)
			hint := diag.T("make %s a real folder (move what it points to here), or remove the link; tandem follows no link in content/, so what is written through it would not be built either", p)
			if p == name {
				hint = diag.T("make %s a real file (move what it points to here), or remove the link; tandem follows no link in content/, so what is written through it would not be built either", p)
			}
			var problems diag.List
			problems.Errorf(diag.Pos{Path: p}, "symlink", hint,
				"this is a symbolic link (to %s); tandem new writes nothing through a link", target)
			return diag.ListError(problems)
		}
	}
	return nil
}
