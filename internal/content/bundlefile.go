package content

import (
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/folder"
	"github.com/tandem-mentoring/tandem/internal/images"
)

// This file reads one bundle file: hashed once as it is read, and, when
// nothing but its name and header matter, streamed through a reused
// buffer instead of being held whole.

// readBuffer is the buffer a loading worker streams bundle files through:
// one per worker, reused for every file it reads.
type readBuffer []byte

// newReadBuffer returns a buffer for streaming bundle files: large enough
// that a 4 MB photo takes a few dozen reads.
func newReadBuffer() readBuffer { return make(readBuffer, 128<<10) }

// readWhole reports whether the bundle file name must be held whole to be
// checked: a WebP, GIF or AVIF image (images.MetadataChecked) and a
// document a browser may run scripts from (ActiveBundleFile reads an
// SVG's text). Every other file is streamed: only its hash, size and, for
// a JPEG or PNG, header are kept.
func readWhole(name string) bool {
	return images.MetadataChecked(name) || ScriptExtension(name) != ""
}

func bundleFile(site fs.FS, dir, name string, buf readBuffer) (*File, diag.List) {
	var problems diag.List
	if images.Unpublishable(name) || images.JPEGByOtherName(name) {
		return nil, UnpublishableImage(name)
	}
	if !readWhole(name) {
		return streamFile(site, dir, name, buf)
	}
	data, size, err := folder.ReadLimited(site, name, MaxBundleFileSize)
	if err != nil || data == nil {
		return nil, unreadableFile(name, size, err)
	}
	f := &File{Name: strings.TrimPrefix(name, dir+"/"), Source: name, Size: int64(len(data)), Hash: sha256.Sum256(data), Active: ActiveBundleFile(name, data)}
	f.Image, problems = inspectImage(name, data, problems)
	f.Strip, problems = StripsMetadata(name, data, problems)
	return f, problems
}

// streamFile reads the bundle file name once through buf, hashing every
// byte; an image's header (images.Derivable) is read on the way
// (images.InspectReader). The hash covers the exact bytes, whatever the
// file's size and time say: the approval covers the photo, and a swapped
// one needs a new review.
func streamFile(site fs.FS, dir, name string, buf readBuffer) (*File, diag.List) {
	var problems diag.List
	f, err := site.Open(name)
	if err != nil {
		return nil, unreadableFile(name, 0, err)
	}
	defer f.Close()
	info, err := f.Stat()
	switch {
	case err != nil:
		return nil, unreadableFile(name, 0, err)
	case !info.Mode().IsRegular():
		return nil, unreadableFile(name, 0, fmt.Errorf("%s is not a regular file", name))
	case info.Size() > MaxBundleFileSize:
		return nil, unreadableFile(name, info.Size(), nil)
	}
	// One byte more than the limit tells a file that grew since its size
	// was taken.
	limited := &io.LimitedReader{R: f, N: MaxBundleFileSize + 1}
	h := sha256.New()
	hashed := io.TeeReader(limited, h)
	var header *images.Info
	if images.Derivable(name) {
		header, problems = inspectHeader(name, hashed, problems)
	}
	if _, err := io.CopyBuffer(h, struct{ io.Reader }{limited}, buf); err != nil {
		return nil, unreadableFile(name, 0, err)
	}
	size := MaxBundleFileSize + 1 - limited.N
	if size > MaxBundleFileSize {
		return nil, unreadableFile(name, size, nil)
	}
	file := &File{Name: strings.TrimPrefix(name, dir+"/"), Source: name, Size: size, Active: ActiveBundleFile(name, nil), Image: header}
	h.Sum(file.Hash[:0])
	return file, problems
}

// UnpublishableImage is the error at a HEIC or TIFF image (bundle or
// content/static), which is not published (images.Unpublishable), and at
// a JPEG by another name than .jpg (images.JPEGByOtherName).
func UnpublishableImage(name string) diag.List {
	var problems diag.List
	if images.JPEGByOtherName(name) {
		problems.Errorf(diag.Pos{Path: name}, "image-format", diag.T("rename the file to end in .jpg"),
			"tandem publishes a JPEG without its metadata (EXIF, perhaps where the photo was taken) only when its name ends in .jpg or .jpeg")
		return problems
	}
	problems.Errorf(diag.Pos{Path: name}, "image-format", diag.T("save or export the picture as JPEG (on an iPhone: Settings, Camera, Formats, Most Compatible)"),
		"tandem publishes no HEIC or TIFF image: it cannot remove their metadata (EXIF, perhaps where the photo was taken), and most browsers cannot show them")
	return problems
}

// unreadableFile is the error of a bundle file that cannot be read (err)
// or is larger than MaxBundleFileSize (err nil, size its size).
func unreadableFile(name string, size int64, err error) diag.List {
	var problems diag.List
	if err != nil {
		problems.Errorf(diag.Pos{Path: name}, "unreadable", diag.T("check that the file is still there and that you may read it (its permissions)"), "cannot read: %v", err)
		return problems
	}
	problems.Errorf(diag.Pos{Path: name}, "file-too-large", diag.T("make the image smaller (a photo for the web needs a few hundred kilobytes)"),
		"the file is %s MiB; bundle files may be at most %d MiB", mebibytes(size), MaxBundleFileSize>>20)
	return problems
}

// mebibytes is size in MiB with one decimal, rounded up, so that a file
// just over the limit never reads as the limit itself ("20.1", not "20").
func mebibytes(size int64) string {
	tenths := (size*10 + 1<<20 - 1) >> 20
	return strconv.FormatInt(tenths/10, 10) + "." + strconv.FormatInt(tenths%10, 10)
}

// StaticPhotos reads the photos among the files names of content/static/
// (JPEG, PNG and WebP: images.Derivable) as bundle files are read, once
// each through one buffer: hash, size, header (File.Image, nil for bytes
// that are no readable image), and for a WebP whether it carries
// metadata (File.Strip). A File's Name is its path below dir. A file that
// cannot be read, or is larger than a bundle file may be, is left out
// without a problem: it is published as any other static file.
func StaticPhotos(site fs.FS, dir string, names []string) ([]File, diag.List) {
	var out []File
	var problems diag.List
	buf := newReadBuffer()
	for _, name := range names {
		if !images.Derivable(name) {
			continue
		}
		f, probs := bundleFile(site, dir, name, buf)
		if f == nil {
			continue
		}
		problems.Add(probs...)
		out = append(out, *f)
	}
	return out, problems
}
