package build

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/render"
)

// Marker is the file tandem leaves in every output folder it writes. A
// folder without it is never cleaned or replaced, so a mistyped -d cannot
// wipe someone's files.
const Marker = ".tandem-output"

const markerText = "This folder is written by tandem and replaced on every build.\n"

// Stats count what Write wrote.
type Stats struct {
	Pages int // HTML pages
	Files int // all files
	Bytes int64
}

// Write stages the compiled site in a new folder beside dest and swaps it
// in. On any error the staging folder is removed and dest is untouched.
func Write(dest string, site fs.FS, c *Compiled) (Stats, error) {
	var st Stats
	if err := checkReplaceable(dest); err != nil {
		return st, err
	}
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return st, err
	}
	stage, err := os.MkdirTemp(parent, "."+filepath.Base(dest)+".staging-")
	if err != nil {
		return st, fmt.Errorf("cannot create the staging folder: %w", err)
	}
	defer os.RemoveAll(stage) // after a successful swap this is the old output
	if st, err = writeAll(stage, site, c); err != nil {
		return st, err
	}
	if err := swap(stage, dest); err != nil {
		return st, fmt.Errorf("cannot move the new output into place: %w", err)
	}
	return st, nil
}

// writeAll writes every file below stage through an os.Root, so no path
// can leave it.
func writeAll(stage string, site fs.FS, c *Compiled) (Stats, error) {
	var st Stats
	if err := os.Chmod(stage, 0o755); err != nil {
		return st, err
	}
	root, err := os.OpenRoot(stage)
	if err != nil {
		return st, err
	}
	defer root.Close()
	put := func(name string, data []byte) error {
		if !filepath.IsLocal(filepath.FromSlash(name)) {
			return fmt.Errorf("refusing to write %q outside the output folder", name)
		}
		if dir := path.Dir(name); dir != "." {
			if err := root.MkdirAll(dir, 0o755); err != nil {
				return err
			}
		}
		st.Files++
		st.Bytes += int64(len(data))
		if strings.HasSuffix(name, ".html") {
			st.Pages++
		}
		return root.WriteFile(name, data, 0o644)
	}
	if err := put(Marker, []byte(markerText)); err != nil {
		return st, err
	}
	st.Files--
	for _, o := range c.Result.Outputs {
		if err := put(o.Path, o.Data); err != nil {
			return st, err
		}
	}
	for _, cp := range finalCopies(c) {
		from := cp.From
		if from == nil {
			from = site
		}
		data, err := fs.ReadFile(from, cp.Name)
		if err != nil {
			return st, err
		}
		if err := put(cp.Path, data); err != nil {
			return st, err
		}
	}
	return st, nil
}

// finalCopies merges theme assets, bundle files and static files; a
// static file replaces a theme asset at the same path.
func finalCopies(c *Compiled) []render.Copy {
	static := map[string]bool{}
	for _, s := range c.Static {
		static[s.Path] = true
	}
	var out []render.Copy
	for _, cp := range c.Result.Copies {
		if !static[cp.Path] {
			out = append(out, cp)
		}
	}
	return append(out, c.Static...)
}

// checkReplaceable refuses a destination that exists, is not empty and
// was not written by tandem.
func checkReplaceable(dest string) error {
	f, err := os.Open(dest)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	if _, err := f.Readdirnames(1); errors.Is(err, io.EOF) {
		return nil
	}
	if _, err := os.Stat(filepath.Join(dest, Marker)); err != nil {
		return fmt.Errorf("%s holds files tandem did not write (no %s file), so tandem will not replace it; choose another destination with -d or empty the folder", dest, Marker)
	}
	return nil
}
