package content

import "github.com/tandem-mentoring/tandem/internal/diag"

// ReviewOf reads only the review block of a post file, the way Parse
// does, without the rest of the post: internal/history reads thousands of
// old versions with it. ok is false when the front matter cannot be read.
func ReviewOf(name string, data []byte) (r Review, ok bool) {
	doc, problems := Split(name, Normalize(data))
	if problems.HasErrors() {
		return Review{}, false
	}
	m, problems := ParseFront(name, doc)
	if problems.HasErrors() {
		return Review{}, false
	}
	var ignored diag.List // a broken field is the current version's problem to report
	return decodeReview(m, &ignored), true
}
