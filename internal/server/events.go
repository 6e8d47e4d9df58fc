package server

import (
	"fmt"
	"net/http"
	"time"
)

// writeTimeout bounds one write to an event stream, so a client that
// stopped reading cannot hold its handler for ever.
const writeTimeout = 10 * time.Second

// serveEvents streams live-reload events to one tab: the current state
// first (problems or ok), then a message per Publish, and a heartbeat
// comment in between. It returns when the client goes away, a write fails
// or the server is closed.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	if origin := r.Header.Get("Origin"); !s.originAllowed(origin) {
		s.refuse(w, r, http.StatusForbidden, fmt.Sprintf("origin %q not allowed", origin),
			"live reload only serves pages of this server")
		return
	}
	if r.Method == http.MethodHead {
		w.Header().Set("Content-Type", "text/event-stream")
		w.WriteHeader(http.StatusOK)
		return
	}
	c, state, ok := s.hub.join()
	if !ok {
		s.refuse(w, r, http.StatusServiceUnavailable, "event stream refused (closed or full)",
			"too many live-reload connections")
		return
	}
	defer s.hub.leave(c)

	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	stream := &eventStream{w: w, rc: http.NewResponseController(w)}
	if stream.send([]byte(retryMessage), state) != nil {
		return
	}
	heartbeat := time.NewTicker(s.heartbeat)
	defer heartbeat.Stop()
	for {
		var err error
		select {
		case <-r.Context().Done():
			return
		case <-s.hub.done:
			return
		case <-c.wake:
			err = stream.send(c.take()...)
		case <-heartbeat.C:
			err = stream.send([]byte(heartbeatMessage))
		}
		if err != nil {
			return
		}
	}
}

// eventStream writes framed messages to one response and flushes them.
type eventStream struct {
	w  http.ResponseWriter
	rc *http.ResponseController
}

// send writes msgs and flushes, within writeTimeout.
func (e *eventStream) send(msgs ...[]byte) error {
	// Not every ResponseWriter supports deadlines (httptest's recorder
	// does not); the stream then works without one.
	_ = e.rc.SetWriteDeadline(time.Now().Add(writeTimeout))
	for _, m := range msgs {
		if _, err := e.w.Write(m); err != nil {
			return err
		}
	}
	return e.rc.Flush()
}

// serveScript answers the live-reload script.
func (s *Server) serveScript(w http.ResponseWriter, r *http.Request) {
	writeBody(w, r, http.StatusOK, "text/javascript; charset=utf-8", s.script)
}
