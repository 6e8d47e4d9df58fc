package content

import (
	"github.com/gosimple/slug"
)

// Slugify turns a title, tag or file name into a URL segment with German
// transliteration: "Rückblick" becomes "rueckblick", "Größer" "groesser".
// The result holds only a-z, 0-9 and "-", and may be empty.
func Slugify(s string) string {
	return slug.MakeLang(s, "de")
}
