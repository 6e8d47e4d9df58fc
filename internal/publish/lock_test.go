package publish

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/render"
)

// TestOutputLockIsTheDestinations holds the lock of one output folder and
// writes another beside it in the same parent: it does not wait.
func TestOutputLockIsTheDestinations(t *testing.T) {
	t.Parallel()
	parent := t.TempDir()
	unlock, locked, err := lockOutput(filepath.Join(parent, "preview"))
	if err != nil || !locked {
		t.Fatalf("lockOutput: %v, locked %v", err, locked)
	}
	defer unlock()
	c := []render.Output{{Path: "index.html", Data: []byte("x")}}
	if _, err := Write(filepath.Join(parent, "public"), fstest.MapFS{}, c, nil); err != nil {
		t.Fatalf("writing public/ beside a locked preview/: %v", err)
	}
	if _, _, err := lockOutput(filepath.Join(parent, "preview")); err == nil {
		t.Error("a second lock of preview/ was granted")
	}
}

// TestTakeTurnsSaysWhoItWaitsFor checks that TakeTurns tells the caller
// the holder's pid before it waits, then writes once the lock is free.
func TestTakeTurnsSaysWhoItWaitsFor(t *testing.T) {
	t.Parallel()
	dest := filepath.Join(t.TempDir(), "public")
	unlock, _, err := lockOutput(dest)
	if err != nil {
		t.Fatal(err)
	}
	var heard []int
	calls := 0
	err = TakeTurns(t.Context(), dest, func(holder int) {
		heard = append(heard, holder)
		unlock() // the other build finishes while this one waits
	}, func() error {
		calls++
		_, err := Write(dest, fstest.MapFS{}, nil, nil)
		return err
	})
	if err != nil || calls != 2 || len(heard) != 1 || heard[0] != os.Getpid() {
		t.Errorf("TakeTurns: %v after %d calls, heard of %v; want success after 2 calls, heard of [%d]", err, calls, heard, os.Getpid())
	}
}

// TestTakeTurnsStopsWhenCancelled cancels a wait for a lock that is never
// released: TakeTurns returns the context's error without writing.
func TestTakeTurnsStopsWhenCancelled(t *testing.T) {
	t.Parallel()
	dest := filepath.Join(t.TempDir(), "public")
	unlock, _, err := lockOutput(dest)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	ctx, cancel := context.WithCancel(t.Context())
	err = TakeTurns(ctx, dest, func(int) { cancel() }, func() error {
		_, err := Write(dest, fstest.MapFS{}, nil, nil)
		return err
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("TakeTurns after cancelling: %v", err)
	}
	if _, err := os.Stat(dest); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the output was written: %v", err)
	}
}
