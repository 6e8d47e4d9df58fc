package build

import (
	"io/fs"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/themes"
)

// loadSkeletons reads the skeleton of the theme's archetype for every
// kind of post, for a preview build to warn about the placeholder text a
// post still holds (content.Skeleton, the detector tandem review submit
// uses too). A kind without a readable archetype has none: tandem new
// reports a missing archetype, not the build. The skeletons are read with
// the programme (which names the theme and language) and again when a
// file in the site's archetypes folder changes.
func loadSkeletons(site fs.FS, prog *programme.Programme) map[string]content.Skeleton {
	theme, err := themes.Open(site, prog.Theme)
	if err != nil {
		return nil // the programme's theme problem is reported by render
	}
	out := make(map[string]content.Skeleton)
	for _, kind := range content.Kinds() {
		if _, src, err := themes.Archetype(theme, kind, prog.Language); err == nil {
			out[kind] = content.ParseSkeleton(src)
		}
	}
	return out
}

// leftovers returns a warning for each piece of its skeleton post still
// holds; skeletons is nil outside a preview build.
func leftovers(skeletons map[string]content.Skeleton, post *content.Post) []content.Leftover {
	sk, ok := skeletons[post.Kind]
	if !ok || post.Meta == nil {
		return nil
	}
	return sk.Leftovers(post)
}
