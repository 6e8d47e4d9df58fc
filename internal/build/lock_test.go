package build

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/publish"
)

// TestBusyOutputIsReportedNotWaitedFor holds the lock of an output folder
// in another process (a build stopped while writing) and checks that
// Write, Update and Build return at once with a BusyError naming that
// process, leaving the folder as it was, and that WaitOutput waits until
// the holder is gone, after which a write goes through.
func TestBusyOutputIsReportedNotWaitedFor(t *testing.T) {
	t.Parallel()
	site, parent := t.TempDir(), t.TempDir()
	dest := filepath.Join(parent, "public")
	generateSite(t, site, 20, "alt")
	if err := buildInto(t, site, dest, nil, nil); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dest)
	ready := filepath.Join(t.TempDir(), "ready")
	cmd, done := startChild(t, "write-and-block", site, dest, ready)
	waitFor(t, done, "the other build started writing", func() bool { _, err := os.Stat(ready); return err == nil })
	data, err := os.ReadFile(publish.LockFile(dest))
	if err != nil || strings.TrimSpace(string(data)) != strconv.Itoa(cmd.Process.Pid) {
		t.Errorf("lock file holds %q (%v), want the holder's pid %d", data, err, cmd.Process.Pid)
	}

	root, err := os.OpenRoot(site)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	compiler := NewCompiler(root.FS(), Options{Now: goldenNow})
	c, problems := compiler.Compile()
	if c == nil {
		t.Fatal(problems.Err())
	}
	writes := map[string]func() error{
		"Write": func() error { _, err := writeSite(dest, root.FS(), c); return err },
		"Patch": func() error { _, err := publish.Patch(dest, root.FS(), Changes(c, c, []string{"."})); return err },
		"Build": func() error { _, _, err := Build(dest, root.FS(), Options{Now: goldenNow}); return err },
	}
	for name, write := range writes {
		var busy *publish.BusyError
		if err := write(); !errors.As(err, &busy) || busy.Holder != cmd.Process.Pid || busy.Dest != dest {
			t.Errorf("%s while another build writes: %v, want a BusyError naming pid %d", name, err, cmd.Process.Pid)
		}
	}
	if got := snapshot(t, dest); got != before {
		t.Errorf("the output changed while another build held it:\n%s", firstDiff(before, got))
	}

	waited := make(chan error, 1)
	go func() { waited <- publish.WaitOutput(t.Context(), dest) }()
	select {
	case err := <-waited:
		t.Fatalf("WaitOutput returned (%v) while the other build held the lock", err)
	case <-done:
		t.Fatal("the other build ended")
	default:
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-done
	if err := <-waited; err != nil {
		t.Fatal(err)
	}
	var heard []int
	err = publish.TakeTurns(t.Context(), dest, func(holder int) { heard = append(heard, holder) }, writes["Write"])
	if err != nil || len(heard) != 0 {
		t.Fatalf("writing after the holder died: %v, heard of %v", err, heard)
	}
	if _, err := os.Lstat(publish.LockFile(dest)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the lock file outlives the write: %v", err)
	}
}
