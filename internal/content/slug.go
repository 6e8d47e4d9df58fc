package content

import (
	"strings"
	"sync"

	"github.com/gosimple/slug"
)

// Slugify turns a title, tag or file name into a URL segment with German
// transliteration: "Rückblick" becomes "rueckblick", "Größer" "groesser".
// The result holds only a-z, 0-9 and "-", and may be empty.
func Slugify(s string) string {
	if IsSlug(s) {
		return s // already clean: the library would return it unchanged
	}
	s = slug.MakeLang(s, "de")
	if !strings.Contains(s, "_") {
		return s
	}
	// gosimple/slug keeps "_"; tandem's addresses use "-" only.
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == '-' }), "-")
}

// IsSlug reports whether s is already a clean slug: a-z, 0-9 and single
// dashes between them.
func IsSlug(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// Slugs memoizes Slugify for one run over many posts, where the same tag
// names come back again and again. It may be used by several goroutines
// at once; the zero value is ready to use.
type Slugs struct {
	known sync.Map // name -> slug
}

// Of returns Slugify(name), computing it once per name.
func (s *Slugs) Of(name string) string {
	if out, ok := s.known.Load(name); ok {
		return out.(string)
	}
	out := Slugify(name)
	s.known.Store(name, out)
	return out
}
