package build

import (
	"io/fs"

	"github.com/tandem-mentoring/tandem/internal/content"
)

// ReadBody reads the body of p again from site, as Load read it, for a
// stage after Outline, which let the bodies go. It returns the body only
// when the post's files are the ones loaded (their hash is p.Hash, the
// files the gate's digest was taken over), and ok false when they
// changed or cannot be read: a body read twice is used only when it is
// the body approved.
func ReadBody(site fs.FS, p *content.Post) (body []byte, ok bool) {
	var again *content.Post
	if p.Bundle != "" {
		again, _ = content.LoadBundle(site, p.Bundle)
	} else {
		again, _ = content.LoadFile(site, p.Path)
	}
	if again == nil || again.Hash != p.Hash {
		return nil, false
	}
	return again.Body, true
}
