package content

import (
	"strings"

	"github.com/gosimple/slug"
)

// Slugify turns a title, tag or file name into a URL segment with German
// transliteration: "Rückblick" becomes "rueckblick", "Größer" "groesser".
// The result holds only a-z, 0-9 and "-", and may be empty.
func Slugify(s string) string {
	s = slug.MakeLang(s, "de")
	if !strings.Contains(s, "_") {
		return s
	}
	// gosimple/slug keeps "_"; tandem's addresses use "-" only.
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == '-' }), "-")
}
