package check

import (
	"errors"
	"io"
	"io/fs"
	"slices"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/imagecache"
	"github.com/tandem-mentoring/tandem/internal/images"
	"github.com/tandem-mentoring/tandem/internal/review"
)

// Damaged returns the errors a build reports at the photos it makes
// smaller copies of, found without decoding them: a photo whose data is
// cut short or whose parts do not fit together (images.Intact: a PNG
// chunk that fails its checksum, a JPEG segment that starts with no
// marker; imagecache.Damaged's image-damaged), among those of the
// published and the scheduled posts' bundles and of content/static/. (A
// photo whose header cannot be read, or over the pixel budget, loading
// reports in both.) Data damaged inside a JPEG's scan that keeps its
// markers only decoding can find, which costs about 0.2 CPU-s a phone
// photo (see docs/ci.md): the build still reports that.
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
	var buf []byte // one file at a time: a phone photo is some 4 MB
	for _, name := range names {
		var ok bool
		if ok, buf = intact(site, name, buf); !ok {
			l.Add(imagecache.Damaged(name).(diag.Problem))
		}
	}
	return l
}

// intact reports whether the photo name of site holds all of its parts,
// which fit together (images.Intact), or cannot be read now (loading
// read it, so the build reports what is wrong then). It reads the photo
// into buf, which it returns for the next.
func intact(site fs.FS, name string, buf []byte) (bool, []byte) {
	f, err := site.Open(name)
	if err != nil {
		return true, buf
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return true, buf
	}
	buf = slices.Grow(buf[:0], int(info.Size()))[:info.Size()]
	if _, err := io.ReadFull(f, buf); err != nil {
		return true, buf
	}
	err = images.Intact(buf)
	return !errors.Is(err, images.ErrCutShort) && !errors.Is(err, images.ErrDamagedInside), buf
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
