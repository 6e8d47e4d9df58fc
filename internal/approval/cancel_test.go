package approval

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/review/reviewtest"
)

// TestBatchStoppedChangesNothing cancels a batch while it approves posts
// (as Ctrl-C does): every outcome says so, every file is byte for byte as
// before, and no temporary file is left beside them.
func TestBatchStoppedChangesNothing(t *testing.T) {
	t.Parallel()
	files := map[string]string{}
	var names []string
	for i := range 60 {
		name := fmt.Sprintf("content/posts/2024-03-%02d-p%d.md", i%28+1, i)
		files[name] = reviewtest.Post(fmt.Sprintf("title: P%d", i), "date: 2024-03-01", "tandem: t01", "status: review")
		names = append(names, name)
	}
	dir, root := writeSite(t, files)
	prog := reviewtest.Programme(t)
	w := Workflow{Programme: prog}
	ctx, cancel := context.WithCancel(context.Background())
	var calls atomic.Int32
	out := Batch{Root: root, Programme: prog, Strict: true, Workers: 3, Context: ctx}.Run(names, func(p *content.Post, data []byte) (Edit, error) {
		if calls.Add(1) == 10 {
			cancel()
		}
		return w.Approve(p, data, "frauke", reviewtest.Day(5), ApproveOptions{})
	})
	for _, o := range out {
		if !errors.Is(o.Err, context.Canceled) {
			t.Errorf("%s: error %v, want context.Canceled", o.Path, o.Err)
		}
	}
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || string(data) != files[name] {
			t.Errorf("%s changed although the batch was stopped (%v):\n%s", name, err, data)
		}
	}
	entries, err := os.ReadDir(filepath.Join(dir, "content/posts"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}
