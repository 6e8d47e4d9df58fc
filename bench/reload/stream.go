package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"time"
)

// event is one named event of the stream and when it was read.
type event struct {
	name, data string
	at         time.Time
}

// urlPattern finds the address tandem serve prints once it serves.
var urlPattern = regexp.MustCompile(`http://127\.0\.0\.1:\d+/\S*`)

// waitForReload returns when the next reload event arrived; problems are
// an error (the edit should build).
func waitForReload(events <-chan event) (time.Time, error) {
	for {
		e, err := next(events, time.Minute)
		if err != nil {
			return time.Time{}, err
		}
		switch e.name {
		case "reload":
			return e.at, nil
		case "problems":
			return time.Time{}, fmt.Errorf("the edit did not build: %s", e.data)
		}
	}
}

// next returns the next event, or an error when the stream ended or none
// came within timeout.
func next(events <-chan event, timeout time.Duration) (event, error) {
	select {
	case e, ok := <-events:
		if !ok {
			return event{}, errors.New("the event stream ended")
		}
		return e, nil
	case <-time.After(timeout):
		return event{}, fmt.Errorf("no event within %s", timeout)
	}
}

// drain drops events already read.
func drain(events <-chan event) {
	for {
		select {
		case <-events:
		default:
			return
		}
	}
}

// subscribe opens the event stream and reads it on a goroutine, sending
// each event with the time its last line was read.
func subscribe(url string) (<-chan event, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, fmt.Errorf("%s: %s", url, resp.Status)
	}
	events := make(chan event, 64)
	go func() {
		defer close(events)
		defer resp.Body.Close()
		s := bufio.NewScanner(resp.Body)
		s.Buffer(nil, 16<<20)
		var e event
		for s.Scan() {
			line := s.Text()
			switch {
			case line == "":
				if e.name != "" {
					e.at = time.Now()
					events <- e
				}
				e = event{}
			case strings.HasPrefix(line, "event: "):
				e.name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				e.data = strings.TrimPrefix(line, "data: ")
			}
		}
	}()
	return events, nil
}

// readLines sends each line tandem serve prints to lines, dropping lines
// when nobody reads them.
func readLines(r io.Reader, lines chan<- string) {
	s := bufio.NewScanner(r)
	for s.Scan() {
		select {
		case lines <- s.Text():
		default:
		}
	}
	close(lines)
}

// waitForURL returns the address tandem serve prints once it serves.
func waitForURL(lines <-chan string, timeout time.Duration) (string, error) {
	deadline := time.After(timeout)
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				return "", errors.New("tandem serve stopped before serving")
			}
			if url := urlPattern.FindString(line); url != "" {
				return url, nil
			}
		case <-deadline:
			return "", fmt.Errorf("tandem serve did not serve within %s", timeout)
		}
	}
}

// linesSince returns the lines tandem serve printed since the previous
// call (its own account of the rebuild and, with --timings, its stages),
// one below the other, or "".
func linesSince(lines <-chan string) string {
	var got []string
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				return strings.Join(got, "\n         ")
			}
			if line = strings.TrimSpace(line); line != "" {
				got = append(got, line)
			}
		case <-time.After(50 * time.Millisecond):
			return strings.Join(got, "\n         ")
		}
	}
}

// settled returns the lines tandem serve printed since the previous call
// once it has printed its --timings line ("Stages: …", the last it
// prints about a rebuild, after writing the output folder and checking
// the images), or once settle has passed without one.
func settled(lines <-chan string, settle time.Duration) string {
	var got []string
	deadline := time.After(settle)
	for {
		select {
		case line, ok := <-lines:
			if line = strings.TrimSpace(line); line != "" {
				got = append(got, line)
			}
			if !ok || strings.HasPrefix(line, "Stages:") {
				return strings.Join(got, "\n         ")
			}
		case <-deadline:
			return strings.Join(got, "\n         ")
		}
	}
}
