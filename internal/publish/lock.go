package publish

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// BusyError says that another build holds the lock of an output folder.
// Write, Patch and Stage (and so build.Build) never wait for it: they
// return a BusyError at once, without writing, and the caller says so
// before it waits (TakeTurns).
type BusyError struct {
	// Dest is the output folder.
	Dest string
	// Holder is the process id of the build holding it, 0 when unknown.
	Holder int
}

// Error says which folder is busy and who holds it.
func (e *BusyError) Error() string {
	if e.Holder == 0 {
		return "another build of " + e.Dest + " is running"
	}
	return fmt.Sprintf("another build of %s is running (pid %d)", e.Dest, e.Holder)
}

// TakeTurns runs write, which writes the output folder dest (Write,
// Patch, or a build.Build), and runs it again once dest is free each
// time it finds another build holding dest: waiting hears the holder's
// process id (0 when unknown) before every wait. Once ctx is done it
// stops waiting and returns ctx.Err(). Any other result of write is
// TakeTurns' result.
func TakeTurns(ctx context.Context, dest string, waiting func(holder int), write func() error) error {
	for {
		err := write()
		var busy *BusyError
		if !errors.As(err, &busy) {
			return err
		}
		waiting(busy.Holder)
		if err := WaitOutput(ctx, dest); err != nil {
			return err
		}
	}
}

// waitStep is how often WaitOutput looks whether the lock is free.
const waitStep = 20 * time.Millisecond

// WaitOutput waits until no build holds the lock of the output folder
// dest, or until ctx is done (then returning ctx.Err()). It returns at
// once when there is no lock to wait for.
func WaitOutput(ctx context.Context, dest string) error {
	for {
		unlock, _, err := lockOutput(dest)
		if err == nil {
			unlock()
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(waitStep):
		}
	}
}

// LockFile is the name of the lock file of the output folder dest: a file
// beside it, not in it (the folder is replaced on every build), named
// after it, so builds of other folders in the same parent do not wait for
// each other. It exists while a build writes dest and holds that build's
// process id.
func LockFile(dest string) string {
	return filepath.Join(filepath.Dir(dest), "."+filepath.Base(dest)+".tandem-lock")
}

// holderIn reads the process id a lock file holds, 0 when there is none.
func holderIn(data []byte) int {
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil || pid < 0 {
		return 0
	}
	return pid
}

// Free returns a *BusyError while another build holds the lock of the
// output folder dest, and nil otherwise, so a build can say so before it
// does any work.
func Free(dest string) error {
	unlock, _, err := lockOutput(dest)
	if err == nil {
		unlock()
	}
	return err
}
