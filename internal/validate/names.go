package validate

import (
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

// MaxNameBytes is the longest slug, tag address, round id, person key or
// tandem id: each becomes one folder name in the output, and file systems
// allow at most 255 bytes per name.
const MaxNameBytes = 255

// MaxPersonNameRunes is the longest name of a person, in characters: a
// post's authors are shown by name on every card of the post, and a
// reviewer's name on the review dashboard.
const MaxPersonNameRunes = 100

// nameTooLong reports a person whose name is longer than
// MaxPersonNameRunes, at the person's key.
func nameTooLong(key string, p programme.Person, l *diag.List) {
	if n := utf8.RuneCountInString(p.Name); n > MaxPersonNameRunes {
		l.Errorf(p.Pos, "name-too-long", diag.T("write the name as it is shown on a card: first and last name"),
			"the name of %s has %d characters; at most %d are allowed", key, n, MaxPersonNameRunes)
	}
}

// tooLong reports a name that would make a folder name too long for the
// file system, and returns whether it did.
func tooLong(what diag.Text, name string, pos diag.Pos, l *diag.List) bool {
	if len(name) <= MaxNameBytes {
		return false
	}
	l.Errorf(pos, "name-too-long", diag.T("use a shorter name; a few words are enough"),
		"%s %q is %d bytes long; names that become addresses may be at most %d bytes", what, shorten(name), len(name), MaxNameBytes)
	return true
}

// shorten cuts s to its first 24 characters for a message.
func shorten(s string) string {
	if utf8.RuneCountInString(s) <= 24 {
		return s
	}
	n := 0
	for i := range s {
		if n == 24 {
			return s[:i] + "…"
		}
		n++
	}
	return s
}
