package approval

import (
	"bytes"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/review/reviewtest"
)

// FuzzEdit checks that approving and sending back any readable post never
// panics, keeps the bytes after the front matter, writes the intended
// status and keeps the digest (apply checks that and returns an error
// otherwise, so an error here means a refused edit, not a broken file).
// The seed corpus is in testdata/fuzz/FuzzEdit.
func FuzzEdit(f *testing.F) {
	prog := reviewtest.Programme(f)
	w := Workflow{Programme: prog}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, problems := content.Parse(name, data)
		if p == nil || p.Meta == nil || problems.HasErrors() {
			return
		}
		for _, action := range []string{"approve", "reject"} {
			ed, err := act(w, p, string(data), action, "frauke", "Bitte\nkürzen: \"so\"", ApproveOptions{Force: true})
			if err != nil {
				continue
			}
			np, problems := content.Parse(name, ed.Data)
			if problems.HasErrors() || np.Status != ed.Status {
				t.Fatalf("%s gave a post that reads back with status %q (%v):\n%q", action, np.Status, problems.Err(), ed.Data)
			}
			if !bytes.HasSuffix(ed.Data, afterFront(data)) {
				t.Fatalf("%s changed the body:\n%q\n%q", action, data, ed.Data)
			}
		}
	})
}

// afterFront returns the bytes after the closing --- line.
func afterFront(data []byte) []byte {
	f, err := readPostFile(data)
	if err != nil {
		return nil
	}
	return f.data[f.starts[f.close]+len(f.line(f.close)):]
}
