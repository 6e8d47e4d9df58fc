package check

import (
	"net/url"
	"path"
	"regexp"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/images"
	"github.com/tandem-mentoring/tandem/internal/mdlinks"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// PhotoBudget is the size over which a picture published as it is (a
// GIF, an SVG, an original kept with images.keep_originals) makes a page
// heavy: its readers download every byte.
const PhotoBudget = 1 << 20

// fileName returns the pattern of alt text that is a file name
// ("IMG_1234.jpg", "DSC01234"): a screen reader reads it out instead of
// what the photo shows. Photos compiles it once per call.
func fileName() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^[\w\-. ]+\.(jpe?g|png|gif|svg|webp|avif|heic)$|^(img|dsc|dscn|pxl|dcim|photo|foto|bild)[_-]?\d+$`)
}

// Photos returns warnings about the photos of every post, shown or not:
// an image without alt text or with a file name as alt text, a picture
// published as it is over PhotoBudget, a photo more than twice as wide
// as the widest derivative (images.widths), and, with
// require_photo_consent, a post with photos (of its bundle, or of
// content/static/ shown in its text) that lists nobody under pictured:.
func Photos(o *build.Outlined) diag.List {
	posts := make([]*content.Post, 0, len(o.Site.Posts)+len(o.Held))
	for _, p := range o.Site.Posts {
		posts = append(posts, p.Post)
	}
	for _, h := range o.Held {
		posts = append(posts, h.Post)
	}
	prog := o.Site.Programme
	named := fileName()
	var l diag.List
	staticTooWide(o.Site.Static, prog.Images, &l)
	for _, p := range posts {
		photos := photoFiles(p, prog.Images, &l) + staticShown(o.Bodies[p.Path].Images, o.Site.Static)
		if prog.RequirePhotoConsent && photos > 0 && len(p.Pictured) == 0 {
			l.Warnf(p.Pos("title"), "nobody-pictured",
				diag.T("list everyone one can recognise in the photos: pictured: [key, …] (require_photo_consent publishes the post only while they agree)"),
				"the post has photos but lists nobody as pictured")
		}
		altText(o.Bodies[p.Path].Images, named, &l) // found when outlined
	}
	return l
}

// altText warns about the images without alt text among links, and
// those whose alt text is a file name (named, see fileName).
func altText(links []mdlinks.Link, named *regexp.Regexp, l *diag.List) {
	for _, link := range links {
		switch {
		case link.Alt == "":
			l.Warnf(link.Pos, "alt-missing", diag.T("say in the brackets what the picture shows: ![Die Tafel nach dem Treffen](%s)", link.Dest),
				"the image has no alt text, so a screen reader says nothing about it")
		case named.MatchString(link.Alt):
			l.Warnf(link.Pos, "alt-file-name", diag.T("say in the brackets what the picture shows instead of its file name"),
				"the image's alt text is a file name, %q", link.Alt)
		}
	}
}

// photoFiles warns about the bundle files of p that are too heavy or too
// wide under s, and returns how many photos (JPEG and PNG) it has.
func photoFiles(p *content.Post, s images.Settings, l *diag.List) int {
	photos := 0
	for _, f := range p.Files {
		at := diag.Pos{Path: f.Source}
		if f.Image != nil {
			photos++
			tooWide(at, f.Image.Width, s, l)
		}
		if images.Picture(f.Name) && (f.Image == nil || s.KeepOriginals) && f.Size > PhotoBudget {
			l.Warnf(at, "image-too-heavy", diag.T("make it smaller, or use a JPEG or PNG photo, of which tandem publishes smaller copies"),
				"the %s file is %d KiB and published as it is; readers download all of it", path.Ext(f.Name), f.Size>>10)
		}
	}
	return photos
}

// staticTooWide warns about the photos of content/static/ (static) that
// are too wide under s, as photoFiles does about a bundle's.
func staticTooWide(static []site.Image, s images.Settings, l *diag.List) {
	for _, im := range static {
		tooWide(diag.Pos{Path: build.StaticDir + "/" + im.Name}, im.Width, s, l)
	}
}

// tooWide warns at at about a photo width pixels wide when that is more
// than twice the widest derivative under s: the pages never show more.
func tooWide(at diag.Pos, width int, s images.Settings, l *diag.List) {
	widest := 0
	for _, w := range s.Widths {
		widest = max(widest, w)
	}
	if width > 2*widest {
		l.Warnf(at, "image-too-wide", diag.T("a copy %d pixels wide shows the same on every page and keeps the repository small", 2*widest),
			"the photo is %d pixels wide; pages show it at most %d wide (images.widths)", width, widest)
	}
}

// staticShown counts the images among links that show a photo of
// content/static/ (static, sorted by address, as site.Site.Static is):
// a photo of colleagues may be kept there as well as in a bundle.
func staticShown(links []mdlinks.Link, static []site.Image) int {
	n := 0
	for _, link := range links {
		d := link.Dest
		if u, err := url.PathUnescape(d); err == nil {
			d = u
		}
		if _, ok := site.StaticImage(static, d); ok {
			n++
		}
	}
	return n
}
