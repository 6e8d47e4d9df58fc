package check

import (
	"bytes"
	"errors"
	"io"
	"io/fs"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/imagecache"
	"github.com/tandem-mentoring/tandem/internal/images"
	"github.com/tandem-mentoring/tandem/internal/review"
)

// Damaged returns the errors a build reports at the photos it makes
// smaller copies of, found without decoding them: a photo whose data is
// cut short (images.Intact; imagecache.Damaged's image-damaged), among
// those of the published and the scheduled posts' bundles and of
// content/static/. (A photo whose header cannot be read, or over the
// pixel budget, loading reports in both.) Data damaged inside a file that
// is whole only decoding finds: the build still reports that.
func Damaged(site fs.FS, o *build.Outlined) diag.List {
	var names []string
	for _, p := range o.Site.Posts {
		names = bundlePhotos(names, p.Post)
	}
	for _, h := range o.Held {
		if h.Verdict.State == review.Scheduled {
			names = bundlePhotos(names, h.Post)
		}
	}
	for _, im := range o.Site.Static {
		names = append(names, build.StaticDir+"/"+im.Name)
	}
	var l diag.List
	for _, name := range names {
		if !intact(site, name) {
			l.Add(imagecache.Damaged(name).(diag.Problem))
		}
	}
	return l
}

// intact reports whether the photo name of site holds all of its parts
// (images.Intact), or cannot be read now (loading read it, so the build
// reports what is wrong then).
func intact(site fs.FS, name string) bool {
	f, err := site.Open(name)
	if err != nil {
		return true
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return true
	}
	r, ok := f.(io.ReaderAt)
	if !ok {
		data, err := io.ReadAll(f)
		if err != nil {
			return true
		}
		r = bytes.NewReader(data)
	}
	return !errors.Is(images.Intact(r, info.Size()), images.ErrCutShort)
}

// bundlePhotos appends the paths of p's photos that a build makes
// smaller copies of (those whose header loading read) to names.
func bundlePhotos(names []string, p *content.Post) []string {
	for _, f := range p.Files {
		if f.Image != nil {
			names = append(names, f.Source)
		}
	}
	return names
}
