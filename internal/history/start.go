package history

import "context"

// Reading is a Read running beside other work: build and check start it
// as soon as they know the site folder, load and validate the site
// meanwhile, and wait for it only when the review gate needs it.
type Reading struct {
	done    chan struct{}
	history *History
	err     error
}

// Start begins Read(ctx, dir, cache) and returns at once. The git processes run
// with ctx: when it is done they are killed, and Wait returns an error.
func Start(ctx context.Context, dir string, cache Cache) *Reading {
	r := &Reading{done: make(chan struct{})}
	go func() {
		defer close(r.done)
		r.history, r.err = Read(ctx, dir, cache)
	}()
	return r
}

// Finished returns a Reading that has already ended with h and err, for
// callers that read the history themselves (or know it, as tests do).
func Finished(h *History, err error) *Reading {
	r := &Reading{done: make(chan struct{}), history: h, err: err}
	close(r.done)
	return r
}

// Wait waits until the read has ended (its git processes included) and
// returns what Read returned; every call returns the same. A nil Reading
// read nothing: it returns nil, nil.
func (r *Reading) Wait() (*History, error) {
	if r == nil {
		return nil, nil
	}
	<-r.done
	return r.history, r.err
}
