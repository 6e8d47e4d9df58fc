package build

import (
	"bytes"
	"io/fs"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/publish"
	"github.com/tandem-mentoring/tandem/internal/render"
)

// Update brings dest, which holds prev's output, up to date with next,
// writing only the files whose bytes changed and removing the ones that
// are gone (publish.Patch does the writing). touched are the source
// paths that changed, so copied files (bundle images, static files,
// theme assets) are copied again only when their source changed. It
// returns the output paths that changed, sorted. As Patch, it returns a
// *publish.BusyError at once while another build holds dest's lock, and
// when it fails, dest may hold some changes and lack others: write the
// site again.
func Update(dest string, site fs.FS, prev, next *Compiled, touched []string) ([]string, error) {
	written, gone := outputChanges(prev.Result.Outputs, next.Result.Outputs)
	copies, goneCopies := copyChanges(prev, next, touched)
	return publish.Patch(dest, site, publish.Changes{Outputs: written, Copies: copies, Gone: append(gone, goneCopies...)})
}

// outputChanges compares two lists of outputs, each sorted by path, in
// one walk: written are the outputs of next that prev lacks or that hold
// other bytes, gone the paths of prev that next lacks.
func outputChanges(prev, next []render.Output) (written []render.Output, gone []string) {
	i := 0
	for _, o := range next {
		for i < len(prev) && prev[i].Path < o.Path {
			gone = append(gone, prev[i].Path)
			i++
		}
		if i < len(prev) && prev[i].Path == o.Path {
			if !sameBytes(prev[i].Data, o.Data) {
				written = append(written, o)
			}
			i++
			continue
		}
		written = append(written, o)
	}
	for ; i < len(prev); i++ {
		gone = append(gone, prev[i].Path)
	}
	return written, gone
}

// sameBytes is true for the very same slice (a page taken from the render
// cache) or equal contents.
func sameBytes(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	return len(a) == 0 || &a[0] == &b[0] || bytes.Equal(a, b)
}

// copyChanges returns the copies of next to copy again (new, from another
// source, or whose source was touched) and the paths of prev's copies
// that next lacks.
func copyChanges(prev, next *Compiled, touched []string) (copies []render.Copy, gone []string) {
	old := map[string]render.Copy{}
	for _, c := range prev.Copies() {
		old[c.Path] = c
	}
	dirty := func(c render.Copy) bool {
		for _, t := range touched {
			if c.From == nil && (t == c.Name || strings.HasPrefix(c.Name, t+"/")) {
				return true
			}
			if c.From != nil && strings.HasPrefix(t, "themes/") {
				return true
			}
		}
		return false
	}
	for _, c := range next.Copies() {
		was, ok := old[c.Path]
		delete(old, c.Path)
		if ok && was.Name == c.Name && was.Sum == c.Sum && (was.From == nil) == (c.From == nil) && !dirty(c) {
			continue
		}
		copies = append(copies, c)
	}
	for p := range old {
		gone = append(gone, p)
	}
	return copies, gone
}
