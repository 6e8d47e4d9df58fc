package build

import (
	"bytes"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/publish"
	"github.com/tandem-mentoring/tandem/internal/render"
)

// Changes is what differs from prev's output to next's, the diff the
// output folder gets (publish.Patch): the outputs of next that prev lacks
// or made from another key (render.Output.Key; equal keys mean equal
// bytes), the copies that are new, from another source or whose source
// is among touched (source paths that changed), and the paths of prev
// that next lacks. It walks the outputs of both, which are sorted by
// path, side by side.
func Changes(prev, next *Compiled, touched []string) publish.Changes {
	var ch publish.Changes
	old, now := prev.Result.Outputs, next.Result.Outputs // both sorted by path
	for len(old) > 0 || len(now) > 0 {
		switch {
		case len(now) == 0 || len(old) > 0 && old[0].Path < now[0].Path:
			ch.Gone = append(ch.Gone, old[0].Path)
			old = old[1:]
		case len(old) == 0 || now[0].Path < old[0].Path:
			ch.Outputs = append(ch.Outputs, now[0])
			now = now[1:]
		default:
			if was, o := old[0], now[0]; was.Key != o.Key || was.Key == (render.Key{}) && !bytes.Equal(was.Data, o.Data) {
				ch.Outputs = append(ch.Outputs, o)
			}
			old, now = old[1:], now[1:]
		}
	}
	copies := make(map[string]render.Copy)
	for _, c := range prev.Copies() {
		copies[c.Path] = c
	}
	for _, c := range next.Copies() {
		was, ok := copies[c.Path]
		delete(copies, c.Path)
		if !ok || was.Name != c.Name || was.Sum != c.Sum || (was.From == nil) != (c.From == nil) || touches(touched, c) {
			ch.Copies = append(ch.Copies, c)
		}
	}
	for p := range copies {
		ch.Gone = append(ch.Gone, p)
	}
	return ch
}

// touches reports whether a changed source path is c's source: its file
// (or a folder holding it) for a site file, any theme file for a theme's.
// "." (the whole site: after the watcher lost events, or a superseded
// run) touches every source.
func touches(touched []string, c render.Copy) bool {
	for _, t := range touched {
		if t == "." {
			return true
		}
		if c.From == nil && (t == c.Name || strings.HasPrefix(c.Name, t+"/")) {
			return true
		}
		if c.From != nil && strings.HasPrefix(t, "themes/") {
			return true
		}
	}
	return false
}
