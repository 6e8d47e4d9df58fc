package build

import (
	"io/fs"

	"github.com/tandem-mentoring/tandem/internal/content"
)

// ReadBody reads the body of p again from site, as Load read it, for a
// stage after Outline, which let the bodies go. It returns the body only
// when the post's text is the one loaded, and ok false when it changed
// or cannot be read: a body read twice is used only when it is the body
// approved.
//
// Of a bundle only index.md is read again: its hash and the hashes load
// took of the other files (p.Files) must make p.Hash, the hash the
// gate's digest was taken over (content.BundleHash). The photos are not
// read a second time; what the later stages need of them (size, pixels)
// is what load read while hashing those very bytes.
func ReadBody(site fs.FS, p *content.Post) (body []byte, ok bool) {
	again, _ := content.LoadFile(site, p.Path)
	if again == nil {
		return nil, false
	}
	sum := again.Hash
	if p.Bundle != "" {
		sum = content.BundleHash(again.Hash, p.Files)
	}
	if sum != p.Hash {
		return nil, false
	}
	return again.Body, true
}
