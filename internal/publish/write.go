package publish

import (
	"context"
	"errors"
	"io/fs"

	"github.com/tandem-mentoring/tandem/internal/render"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// Stats count what Write wrote.
type Stats struct {
	Pages int // HTML pages
	Files int // all files
	Bytes int64
	// Folder is the folder written and swapped in as dest (its identity,
	// taken before the swap, under dest's lock), for PatchSame; nil when
	// nothing was swapped in.
	Folder fs.FileInfo
}

// Write stages a rendered site, the generated files outputs and the
// files copies copies as they are (those without From come from site),
// in a new folder beside dest and swaps it in. On any error the staging
// folder is removed and dest is untouched. While another build holds
// dest's lock (LockFile), it returns a *BusyError at once, writing
// nothing (see TakeTurns); staging folders left by a build that was
// killed are removed. dest is a real path (see OutputFolder, which
// follows a link the user named): a folder that has become a symbolic
// link, or passes through one, is refused.
func Write(dest string, site fs.FS, outputs []render.Output, copies []render.Copy) (Stats, error) {
	var st Stats
	var folder fs.FileInfo
	err := Stage(dest, func(w *Writer) error {
		err := w.writeOutputs(outputs)
		if err == nil {
			err = w.Copy(context.Background(), site, copies)
		}
		st = w.Stats()
		folder, _ = w.dir.Root().Stat(".")
		return err
	})
	if err == nil {
		st.Folder = folder
	}
	return st, err
}

// writeOutputs writes generated files, one worker per core.
func (w *Writer) writeOutputs(outputs []render.Output) error {
	errs := make([]error, len(outputs))
	workers.ForEach(len(outputs), func(i int) { errs[i] = w.Write(outputs[i].Path, outputs[i].Data) })
	return errors.Join(errs...)
}

// Copy copies files as they are (see ReadCopy), one worker per core; a
// copy without From comes from site. Once ctx is done it copies no more
// and returns ctx's error.
func (w *Writer) Copy(ctx context.Context, site fs.FS, copies []render.Copy) error {
	errs := make([]error, len(copies))
	if err := workers.ForEachContext(ctx, len(copies), func(i int) {
		data, err := ReadCopy(site, copies[i])
		if err == nil {
			err = w.Write(copies[i].Path, data)
		}
		errs[i] = err
	}); err != nil {
		return err
	}
	return joinOnce(errs)
}

// joinOnce joins errs as errors.Join does, each text once: the copies
// made of one damaged photo (its derivatives) fail alike, and the photo
// is reported once. A single error is returned as it is, so a problem
// at a file (diag.Problem) stays one.
func joinOnce(errs []error) error {
	seen := map[string]bool{}
	var once []error
	for _, err := range errs {
		if err != nil && !seen[err.Error()] {
			seen[err.Error()] = true
			once = append(once, err)
		}
	}
	if len(once) == 1 {
		return once[0]
	}
	return errors.Join(once...)
}
