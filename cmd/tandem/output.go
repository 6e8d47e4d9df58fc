package main

import (
	"errors"
	"fmt"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/publish"
)

// takeTurns runs write, which writes the output folder dest, and while
// another build holds dest it says so on stderr, waits for it and runs
// write again (publish.TakeTurns): a build never waits silently.
func takeTurns(e env, dest string, write func() error) error {
	return publish.TakeTurns(e.ctx, dest, func(holder int) {
		if p := terminal(e, e.stderr); p != nil {
			fmt.Fprint(p, "\r\033[K") // the progress line
		}
		if holder == 0 {
			e.say(e.stderr, diag.T("waiting for another build of %s", dest))
			return
		}
		e.say(e.stderr, diag.T("waiting for another build of %s (pid %d)", dest, holder))
	}, write)
}

// writeOut brings the output folder up to date with next, after the
// browser was told (it is served from memory, see session.publish). While
// the folder holds the last build (incremental), only ch, the files that
// changed (build.Changes), are written (publish.PatchSame, which looks
// under the folder's lock that it is still the one serve's last whole
// write swapped in). Otherwise, and when that update fails part way, the
// whole site is written (publish.Write), so the folder is never left half
// updated; when that fails too, the folder is marked stale and the next
// rebuild writes it whole again.
func (s *session) writeOut(next *build.Compiled, ch publish.Changes, incremental bool) {
	if incremental {
		err := takeTurns(s.e, s.o.dest, func() error {
			_, err := publish.PatchSame(s.o.dest, s.written, s.root.FS(), ch)
			return err
		})
		var replaced *publish.ReplacedError
		switch {
		case err == nil:
			return
		case errors.As(err, &replaced):
			s.e.say(s.e.stderr, diag.T("%s was written by another build; writing the whole site again", s.o.dest))
		default:
			s.e.say(s.e.stderr, diag.T("tandem serve: updating %s failed: %s", s.o.dest, s.e.explain(err)))
			s.e.say(s.e.stderr, diag.T("writing the whole site again"))
		}
	}
	err := takeTurns(s.e, s.o.dest, func() error {
		st, err := publish.Write(s.o.dest, s.root.FS(), next.Result.Outputs, next.Copies())
		s.written = st.Folder
		return err
	})
	s.stale = err != nil
	if err != nil {
		s.e.say(s.e.stderr, diag.T("tandem serve: writing %s failed: %s", s.o.dest, s.e.explain(err)))
	}
}
