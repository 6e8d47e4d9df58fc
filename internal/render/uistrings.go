package render

import (
	"io/fs"
	"maps"
	"regexp"
	"slices"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/themes"
)

// missingStrings finds the UI strings the theme's templates name that its
// strings file lacks: {{t "key" …}}, which would print the key itself, and
// {{.T.key}}, which would print nothing. Keys built while rendering
// (state, plural) are not seen. Each is a warning at the key in the
// template, with the closest key the strings file has.
func (s templateSources) missingStrings(theme fs.FS, str *Strings, lang string) diag.List {
	uses := regexp.MustCompile(`(?:[\s({]t\s+"([^"\\]+)")|(?:\.T\.([A-Za-z0-9_]+))`)
	known := slices.Sorted(maps.Keys(str.text))
	var problems diag.List
	for _, name := range slices.Sorted(maps.Keys(s.files)) {
		data, err := fs.ReadFile(theme, s.files[name])
		if err != nil {
			continue
		}
		for _, m := range uses.FindAllSubmatchIndex(data, -1) {
			start, end, shows := m[2], m[3], diag.T("the key itself")
			if start < 0 {
				start, end, shows = m[4], m[5], diag.T("nothing")
			}
			key := string(data[start:end])
			if _, ok := str.text[key]; ok {
				continue
			}
			hint := diag.T("add %s: … to %s", key, themes.Source(theme, "i18n/"+lang+".yaml"))
			if c := diag.Closest(key, known); c != "" {
				hint = diag.T("did you mean %q?", c)
			}
			problems.Warnf(diag.At(s.display[name], data, start), "unknown-string", hint,
				"the UI string %q is not in the theme's i18n/%s.yaml; the page shows %s", key, lang, shows)
		}
	}
	return problems
}
