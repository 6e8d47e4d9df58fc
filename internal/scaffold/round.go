package scaffold

import (
	"bytes"
	"crypto/rand"
	"fmt"
	"os"
	"path"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

// Round asks for a new round. Start and End are YYYY-MM-DD.
type Round struct {
	ID, Title, Start, End, Summary string
}

// NewRound adds the round at the end of rounds: in content/programme.yaml
// and returns the file's path. The rest of the file keeps every byte; the
// file is replaced in one step, and not at all when it changed on disk
// while the round was being added.
func (s Site) NewRound(req Round) (string, error) {
	req.Title, req.Summary = strings.TrimSpace(req.Title), strings.TrimSpace(req.Summary)
	if err := checkRound(req); err != nil {
		return "", err
	}
	data, err := s.Root.ReadFile(programme.File)
	if err != nil {
		return "", fail(diag.T("run tandem in the site folder (the one holding content/), or pass -s DIR"), diag.T("cannot read %s: %v", programme.File, err))
	}
	prog, err := s.loadProgramme("")
	if err != nil {
		return "", err
	}
	if r := prog.Round(req.ID); r != nil {
		return "", fail(diag.T("choose another id"), diag.T("round %q exists already (%s)", req.ID, r.Pos))
	}
	edited, err := insertRound(data, req)
	if err != nil {
		return "", err
	}
	if err := checkEdit(prog, edited, req); err != nil {
		return "", err
	}
	return programme.File, s.replace(programme.File, data, edited)
}

func checkRound(req Round) error {
	if err := checkID(diag.T("round"), req.ID); err != nil {
		return err
	}
	if req.Title == "" {
		return fail(diag.T("add --title, e.g. --title \"Runde 3\""), diag.T("the round needs a title"))
	}
	if err := checkLine(diag.T("title"), req.Title); err != nil {
		return err
	}
	if err := checkLine(diag.T("summary"), req.Summary); err != nil {
		return err
	}
	start, err := checkDay("--start", req.Start)
	if err != nil {
		return err
	}
	end, err := checkDay("--end", req.End)
	if err != nil {
		return err
	}
	if end.Before(start) {
		return fail(diag.T("swap --start and --end"), diag.T("the round would end (%s) before it starts (%s)", req.End, req.Start))
	}
	return nil
}

// checkEdit loads the edited programme and makes sure it holds the
// rounds it held before plus exactly the new one, and no new problem.
func checkEdit(before *programme.Programme, edited []byte, req Round) error {
	after, problems := programme.Parse(edited)
	var errs diag.List
	for _, p := range problems {
		if p.Severity == diag.Error && p.Path == programme.File {
			errs = append(errs, p)
		}
	}
	r := after.Round(req.ID)
	ok := len(errs) == 0 && r != nil && len(after.Rounds) == len(before.Rounds)+1 &&
		r.Title == req.Title && r.Summary == req.Summary && r.Start.Format("2006-01-02") == req.Start && r.End.Format("2006-01-02") == req.End
	for i := range before.Rounds {
		ok = ok && after.Rounds[i].ID == before.Rounds[i].ID
	}
	if !ok {
		why := "the edited file does not read back as expected"
		if len(errs) > 0 {
			why = errs[0].Error()
		}
		return fail(diag.T("add the round by hand; programme.yaml was not changed"), diag.T("adding the round to programme.yaml went wrong: %s", why))
	}
	return nil
}

// replace writes data to name through a temporary file that is renamed
// over it, so readers see the old file or the new one, never half of
// one. It refuses when name no longer holds old.
func (s Site) replace(name string, old, data []byte) error {
	if err := s.ctx().Err(); err != nil {
		return err
	}
	if err := s.refuseLinks(name); err != nil {
		return err
	}
	info, err := s.Root.Stat(name)
	if err != nil {
		return err
	}
	tmp := path.Join(path.Dir(name), "."+path.Base(name)+".tandem-"+rand.Text()[:8])
	if err := s.writeTemp(tmp, data, info.Mode().Perm()); err != nil {
		return err
	}
	current, err := s.Root.ReadFile(name)
	if err != nil || !bytes.Equal(current, old) {
		_ = s.Root.Remove(tmp)
		return fail(diag.T("run the command again"), diag.T("%s changed while tandem was editing it, so it was left as it is", name))
	}
	if err := s.Root.Rename(tmp, name); err != nil {
		_ = s.Root.Remove(tmp)
		return fmt.Errorf("cannot replace %s: %w", name, err)
	}
	return nil
}

func (s Site) writeTemp(name string, data []byte, perm os.FileMode) error {
	f, err := s.Root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = s.Root.Chmod(name, perm)
	}
	if err != nil {
		_ = s.Root.Remove(name)
	}
	return err
}
