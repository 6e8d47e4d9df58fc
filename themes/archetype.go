package themes

import (
	"errors"
	"io/fs"
)

// Archetype finds the archetype, the template tandem new writes a post
// from, for a kind of post in language lang: archetypes/KIND.LANG.md,
// archetypes/KIND.md, archetypes/post.LANG.md or archetypes/post.md,
// the first that exists. It returns the file's name in the theme and its
// source, or an error wrapping fs.ErrNotExist when there is none.
func Archetype(theme fs.FS, kind, lang string) (string, []byte, error) {
	for _, base := range []string{kind, "post"} {
		for _, name := range []string{base + "." + lang + ".md", base + ".md"} {
			src, err := fs.ReadFile(theme, "archetypes/"+name)
			if err == nil {
				return "archetypes/" + name, src, nil
			}
			if !errors.Is(err, fs.ErrNotExist) {
				return "", nil, err
			}
		}
	}
	return "", nil, fs.ErrNotExist
}
