package server

import (
	"net/http"
	"time"
)

// turns lets a bounded number of requests be served at once; the others
// wait for a turn, each for a limited time.
type turns struct {
	slots chan struct{}
	wait  time.Duration
}

func newTurns(n int, wait time.Duration) *turns {
	return &turns{slots: make(chan struct{}, n), wait: wait}
}

// take waits for a turn for r and reports whether it got one: false when
// the wait ran out or the client went away first.
func (t *turns) take(r *http.Request) bool {
	select {
	case t.slots <- struct{}{}:
		return true
	default:
	}
	timer := time.NewTimer(t.wait)
	defer timer.Stop()
	select {
	case t.slots <- struct{}{}:
		return true
	case <-r.Context().Done():
		return false
	case <-timer.C:
		return false
	}
}

// give ends a turn taken with take.
func (t *turns) give() { <-t.slots }
