package content

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/images"
)

// This file reads a bundle post: a folder with index.md and the files
// it shows, each hashed once when read.

// LoadBundle reads the bundle post in folder dir (its index.md and files).
func LoadBundle(site fs.FS, dir string) (*Post, diag.List) {
	return loadBundle(site, dir, newReadBuffer())
}

// loadBundle is LoadBundle hashing large files through buf (a worker's
// readBuffer).
func loadBundle(site fs.FS, dir string, buf readBuffer) (*Post, diag.List) {
	post, problems := LoadFile(site, path.Join(dir, "index.md"))
	if post == nil {
		return nil, problems
	}
	problems.Add(addBundle(site, post, dir, buf)...)
	return post, problems
}

// addBundle makes post the index.md of the bundle folder dir: it sets the
// name and default slug from the folder and reads the bundle's files,
// hashing large ones through buf.
func addBundle(site fs.FS, post *Post, dir string, buf readBuffer) diag.List {
	var problems diag.List
	post.Bundle = dir
	post.Name = trimDate(path.Base(dir))
	if post.Meta == nil || !post.Meta.Has("slug") {
		post.Slug = Slugify(post.Name)
	}
	err := fs.WalkDir(site, dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil || name == dir {
			return err
		}
		if !CheckName(name, d.IsDir(), &problems) {
			return skip(d)
		}
		if isHidden(d.Name()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			warnSkipped(name, d.Name(), &problems)
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			problems.Errorf(diag.Pos{Path: name}, "symlink", diag.T("copy the file into the bundle instead of linking to it"),
				"symbolic links are not followed in content/")
			return nil
		}
		if d.IsDir() || name == post.Path {
			return nil
		}
		f, probs := bundleFile(site, dir, name, buf)
		problems.Add(probs...)
		if f != nil {
			post.Files = append(post.Files, *f)
		}
		return nil
	})
	if err != nil {
		problems.Errorf(diag.Pos{Path: dir}, "unreadable", diag.T("check that you may read the folder and every file in it"), "cannot read the bundle: %v", err)
	}
	// The walk visits "img/x.png" before "img-2.png"; Files promises name order.
	slices.SortFunc(post.Files, func(a, b File) int { return strings.Compare(a.Name, b.Name) })
	post.Hash = BundleHash(post.Hash, post.Files)
	return problems
}

// BundleHash is the Hash of a bundle post whose index.md has the SHA-256
// text and whose other files are files (sorted by name, each with its
// hash): a later reader of the index.md alone (build.ReadBody) can tell
// from it that the text is the one loaded, without reading the files
// again.
func BundleHash(text [32]byte, files []File) [32]byte {
	h := sha256.New()
	h.Write(text[:])
	for _, f := range files {
		h.Write([]byte(f.Name + "\x00"))
		h.Write(f.Hash[:])
	}
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}

// StripsMetadata reports whether the file name (in a bundle or
// content/static) is a WebP or GIF image that carries metadata, which is
// removed when it is published (images.Strip). One that cannot be read
// to its end is an error at the file: its metadata cannot be told apart
// for sure. An AVIF image is published as it is, so one with EXIF or
// XMP in it is an error too (images.MetadataChecked).
func StripsMetadata(name string, data []byte, problems diag.List) (bool, diag.List) {
	switch {
	case !images.MetadataChecked(name):
		return false, problems
	case !images.Strippable(name): // AVIF
		if len(images.Metadata(data)) > 0 {
			problems.Errorf(diag.Pos{Path: name}, "image-metadata", diag.T("save the picture as JPEG or PNG, which tandem publishes without metadata"),
				"this AVIF image carries metadata (EXIF or XMP, perhaps where it was taken), which tandem cannot remove from AVIF")
		}
		return false, problems
	}
	stripped, err := images.Strip(data)
	if err != nil {
		problems.Errorf(diag.Pos{Path: name}, "image-damaged", diag.T("save or export the picture again"),
			"this image cannot be read to its end, so tandem cannot make sure it is published without metadata")
		return false, problems
	}
	return !bytes.Equal(stripped, data), problems
}

// inspectImage reads the header of the bundle file name when its name
// says JPEG, PNG or WebP (images.Derivable): an image over the pixel
// budget is an error at the file, before a pixel is decoded; bytes that
// are no readable image stay a plain file (nil), a WebP one published
// without its metadata (an animated WebP, say).
func inspectImage(name string, data []byte, problems diag.List) (*images.Info, diag.List) {
	if !images.Derivable(name) {
		return nil, problems
	}
	info, err := images.Inspect(data, images.DefaultMaxPixels)
	return headerInfo(name, info, err, problems)
}

// inspectHeader is inspectImage for a JPEG or PNG read from r, which it
// reads only as far as the header (images.InspectReader).
func inspectHeader(name string, r io.Reader, problems diag.List) (*images.Info, diag.List) {
	info, err := images.InspectReader(r, images.DefaultMaxPixels)
	return headerInfo(name, info, err, problems)
}

// HeaderProblems adds the problems of err, what inspecting the header of
// the image name gave (images.Inspect), to problems: an image over the
// pixel budget and a JPEG or PNG whose header cannot be read are errors
// at the file (either would be published as it is, with its metadata).
func HeaderProblems(name string, err error, problems diag.List) diag.List {
	_, problems = headerInfo(name, images.Info{}, err, problems)
	return problems
}

// headerInfo is what inspecting the image name found: info, or for an
// image over the pixel budget or whose header cannot be read (see
// images.ErrUndecodable) an error at the file.
func headerInfo(name string, info images.Info, err error, problems diag.List) (*images.Info, diag.List) {
	var big images.TooLarge
	switch {
	case errors.As(err, &big):
		problems.Errorf(diag.Pos{Path: name}, "image-too-large", diag.T("make the photo smaller, e.g. at most 8000 × 6000 pixels"),
			"the image is %d × %d pixels; at most %d megapixels are decoded", big.Width, big.Height, big.Budget/1_000_000)
		return nil, problems
	case errors.Is(err, images.ErrUndecodable):
		problems.Errorf(diag.Pos{Path: name}, "image-unreadable", diag.T("save or export the picture again as JPEG (8 bits) or PNG"),
			"tandem cannot read this image's header, so it cannot publish it without its metadata (EXIF, perhaps where it was taken)")
		return nil, problems
	case err != nil:
		return nil, problems
	}
	return &info, problems
}
