package server

import (
	"bytes"
	"encoding/json"
	"sync"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// clientQueue bounds the messages waiting for one slow client. When it is
// full the queue is replaced by "reload everything": the tab then reloads
// and fetches the current state afresh.
const clientQueue = 32

// Event-stream messages, already framed for the wire. reloadAllMessage
// carries no id: the tab keeps the build id it had.
const (
	reloadAllMessage = "event: reload\ndata: {\"changed\":null}\n\n"
	retryMessage     = "retry: 1000\n\n"
	heartbeatMessage = ": heartbeat\n\n"
)

// okMessage frames the "ok" event of build id.
func okMessage(id string) []byte { return frame("ok", id, struct{}{}) }

// problemsMessage frames a "problems" event listing problems, each in
// diag's one JSON shape (diag.Problem.MarshalJSON); id is the build
// still served.
func problemsMessage(id string, problems []diag.Problem) []byte {
	return frame("problems", id, problems)
}

// warningsMessage frames a "warnings" event listing the warnings of a
// good build (id), in the shape of problemsMessage.
func warningsMessage(id string, warnings []diag.Problem) []byte {
	return frame("warnings", id, warnings)
}

// reloadMessage frames a "reload" event for build id; nil changed means
// everything.
func reloadMessage(id string, changed []string) []byte {
	return frame("reload", id, struct {
		Changed []string `json:"changed"`
	}{changed})
}

// frame encodes v as one event named name with the given id.
// encoding/json never writes a raw newline, so the data fits on one
// "data:" line; ids are made by the server and hold no newline either.
func frame(name, id string, v any) []byte {
	data, err := json.Marshal(v)
	if err != nil { // only strings, ints and slices of them: cannot happen
		return []byte(reloadAllMessage)
	}
	msg := make([]byte, 0, len(data)+len(name)+len(id)+20)
	msg = append(msg, "id: "...)
	msg = append(msg, id...)
	msg = append(msg, "\nevent: "...)
	msg = append(msg, name...)
	msg = append(msg, "\ndata: "...)
	msg = append(msg, data...)
	return append(msg, "\n\n"...)
}

// hub holds the open event streams and the state a new one starts with.
type hub struct {
	mu      sync.Mutex
	clients map[*client]struct{}
	state   []byte // ok or problems message, for clients that join
	max     int
	closed  bool
	done    chan struct{} // closed by close
}

func newHub(maxClients int) *hub {
	return &hub{
		clients: make(map[*client]struct{}),
		max:     maxClients,
		done:    make(chan struct{}),
	}
}

// join adds a client and returns it with the current state, or false when
// the hub is closed or full.
func (h *hub) join() (*client, []byte, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed || len(h.clients) >= h.max {
		return nil, nil, false
	}
	c := &client{wake: make(chan struct{}, 1)}
	h.clients[c] = struct{}{}
	return c, h.state, true
}

// leave removes a client.
func (h *hub) leave(c *client) {
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.clients, c)
}

// publish calls update under the lock, records the state it returns for
// clients that join later and queues its msg for every open client
// (none when msg is nil). Holding the lock keeps the order of publishes.
func (h *hub) publish(update func() (state, msg []byte)) {
	h.mu.Lock()
	defer h.mu.Unlock()
	state, msg := update()
	h.state = state
	if msg == nil {
		return
	}
	for c := range h.clients {
		c.push(msg)
	}
}

// count returns the number of open clients.
func (h *hub) count() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.clients)
}

// close ends every stream and refuses new ones.
func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.closed {
		h.closed = true
		close(h.done)
	}
}

// client is one open event stream: a bounded queue of messages and a
// signal that the queue is not empty.
type client struct {
	mu    sync.Mutex
	queue [][]byte
	wake  chan struct{} // capacity 1
}

// push queues msg without blocking. A full queue collapses into "reload
// everything" followed by msg, so the last message is never lost.
func (c *client) push(msg []byte) {
	c.mu.Lock()
	if len(c.queue) >= clientQueue {
		c.queue = append(c.queue[:0], []byte(reloadAllMessage))
	}
	c.queue = append(c.queue, msg)
	c.mu.Unlock()
	select {
	case c.wake <- struct{}{}:
	default: // already signalled
	}
}

// take empties the queue and returns what it held.
func (c *client) take() [][]byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	q := c.queue
	c.queue = nil
	return q
}

// Warn replaces the warnings of the good build served, which Publish
// gave, without a reload: open tabs show them, or hide the panel when
// there are none. After a failed build it does nothing (the overlay
// lists that build's problems). tandem serve sends this way what it
// finds after the reload event went out. Warnings the tabs were given
// already for this build (by Publish, or by Warn) are not sent again:
// nothing goes out unless the state changes.
func (s *Server) Warn(warnings []diag.Problem) {
	s.hub.publish(func() (state, msg []byte) {
		cur := s.site.Load()
		if s.problems.Load() != nil {
			return s.hub.state, nil
		}
		msg = okMessage(cur.id)
		if len(warnings) > 0 {
			msg = warningsMessage(cur.id, diag.List(warnings).In(s.pr))
		}
		if bytes.Equal(msg, s.hub.state) {
			return s.hub.state, nil
		}
		return msg, msg
	})
}
