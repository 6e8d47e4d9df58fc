package content

import (
	"crypto/sha256"
	"maps"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/images"
	"github.com/tandem-mentoring/tandem/internal/images/imagestest"
)

func TestBundle(t *testing.T) {
	t.Parallel()
	site := fstest.MapFS{
		"content/posts/2024-02-20-Tafelbild/index.md":         file(okPost),
		"content/posts/2024-02-20-Tafelbild/tafel.jpg":        file("JPEG"),
		"content/posts/2024-02-20-Tafelbild/skizzen/a.png":    file("PNG-A"),
		"content/posts/2024-02-20-Tafelbild/.DS_Store":        file("junk"),
		"content/posts/2024-02-20-Tafelbild/tafel.jpg~":       file("old"),
		"content/posts/2024-02-20-Tafelbild/.thumbs/x.png":    file("junk"),
		"content/posts/2024-02-20-Tafelbild/skizzen/index.md": file("just a file here"),
	}
	post, problems := LoadBundle(site, "content/posts/2024-02-20-Tafelbild")
	wantProblems(t, problems, nil)
	if post.Slug != "tafelbild" || post.Path != "content/posts/2024-02-20-Tafelbild/index.md" {
		t.Errorf("slug %q path %q", post.Slug, post.Path)
	}
	var names []string
	for _, f := range post.Files {
		names = append(names, f.Name)
	}
	if want := []string{"skizzen/a.png", "skizzen/index.md", "tafel.jpg"}; !slices.Equal(names, want) {
		t.Fatalf("files %q, want %q", names, want)
	}
	f := post.Files[2]
	if f.Source != "content/posts/2024-02-20-Tafelbild/tafel.jpg" || f.Size != 4 || f.Hash != sha256.Sum256([]byte("JPEG")) {
		t.Errorf("file = %+v", f)
	}
	if post.Hash == sha256.Sum256([]byte(okPost)) {
		t.Error("a bundle's hash must cover its files, not only index.md")
	}
}

// TestBundleHash checks that the hash follows every byte and name of the
// bundle and nothing else.
func TestBundleHash(t *testing.T) {
	t.Parallel()
	base := fstest.MapFS{
		"content/posts/b/index.md": file(okPost),
		"content/posts/b/a.png":    file("PNG"),
	}
	hash := func(change func(fstest.MapFS)) [32]byte {
		site := fstest.MapFS{}
		for k, v := range base {
			site[k] = v
		}
		change(site)
		post, problems := LoadBundle(site, "content/posts/b")
		wantProblems(t, problems, nil)
		return post.Hash
	}
	orig := hash(func(fstest.MapFS) {})
	tests := []struct {
		name    string
		change  func(fstest.MapFS)
		differs bool
	}{
		{"same again", func(fstest.MapFS) {}, false},
		{"hidden file added", func(s fstest.MapFS) { s["content/posts/b/.DS_Store"] = file("x") }, false},
		{"file bytes", func(s fstest.MapFS) { s["content/posts/b/a.png"] = file("PNG2") }, true},
		{"file renamed", func(s fstest.MapFS) {
			s["content/posts/b/c.png"] = s["content/posts/b/a.png"]
			delete(s, "content/posts/b/a.png")
		}, true},
		{"file added", func(s fstest.MapFS) { s["content/posts/b/z.png"] = file("") }, true},
		{"text", func(s fstest.MapFS) { s["content/posts/b/index.md"] = file(okPost + "more\n") }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := hash(tt.change); (got != orig) != tt.differs {
				t.Errorf("hash changed = %v, want %v", got != orig, tt.differs)
			}
		})
	}
}

func TestBundleFilesInNameOrder(t *testing.T) {
	t.Parallel()
	site := fstest.MapFS{
		"content/posts/b/index.md":  file(okPost),
		"content/posts/b/img/x.png": file("X"),
		"content/posts/b/img-2.png": file("2"),
		"content/posts/b/img.png":   file("1"),
	}
	post, _ := LoadBundle(site, "content/posts/b")
	var names []string
	for _, f := range post.Files {
		names = append(names, f.Name)
	}
	if want := []string{"img-2.png", "img.png", "img/x.png"}; !slices.Equal(names, want) {
		t.Errorf("files %q, want %q", names, want)
	}
}

func TestBundleFileTooLarge(t *testing.T) {
	t.Parallel()
	site := fstest.MapFS{
		"content/posts/b/index.md": file(okPost),
		"content/posts/b/film.mp4": {Data: make([]byte, MaxBundleFileSize+1)},
	}
	post, problems := LoadBundle(site, "content/posts/b")
	wantProblems(t, problems, []string{"content/posts/b/film.mp4 file-too-large: the file is 20.1 MiB; bundle files may be at most 20 MiB"})
	if post == nil || len(post.Files) != 0 {
		t.Errorf("the large file must be left out, the post kept")
	}
}

// TestBundleImageMetadata: a WebP or GIF with metadata is marked to be
// published without it, one without metadata is not, a GIF that cannot
// be read to its end is an error at the file, and so is an AVIF image
// with EXIF in it, which tandem cannot strip, and any HEIC or TIFF image.
func TestBundleImageMetadata(t *testing.T) {
	t.Parallel()
	plainGIF, markedGIF := imagestest.AnimatedGIF(t)
	_, markedWebP := imagestest.WebP()
	site := fstest.MapFS{
		"content/posts/b/index.md":    file(okPost),
		"content/posts/b/plain.gif":   {Data: plainGIF},
		"content/posts/b/marked.gif":  {Data: markedGIF},
		"content/posts/b/marked.webp": {Data: markedWebP},
		"content/posts/b/cut.gif":     {Data: plainGIF[:len(plainGIF)-5]},
		"content/posts/b/foto.avif":   {Data: []byte("\x00\x00\x00\x1cftypavif Exif\x00\x00II*\x00")},
		"content/posts/b/IMG_1.HEIC":  {Data: []byte("\x00\x00\x00\x18ftypheic Exif\x00\x00MM\x00*")},
		"content/posts/b/scan.tiff":   {Data: []byte("II*\x00\x08\x00\x00\x00")},
	}
	post, problems := LoadBundle(site, "content/posts/b")
	wantProblems(t, problems, []string{
		"content/posts/b/IMG_1.HEIC image-format: tandem publishes no HEIC or TIFF image: it cannot remove their metadata (EXIF, perhaps where the photo was taken), and most browsers cannot show them",
		"content/posts/b/cut.gif image-damaged: this image cannot be read to its end, so tandem cannot make sure it is published without metadata",
		"content/posts/b/foto.avif image-metadata: this AVIF image carries metadata (EXIF or XMP, perhaps where it was taken), which tandem cannot remove from AVIF",
		"content/posts/b/scan.tiff image-format: tandem publishes no HEIC or TIFF image: it cannot remove their metadata (EXIF, perhaps where the photo was taken), and most browsers cannot show them",
	})
	strip := map[string]bool{}
	for _, f := range post.Files {
		strip[f.Name] = f.Strip
	}
	if want := map[string]bool{"cut.gif": false, "foto.avif": false, "marked.gif": true, "marked.webp": true, "plain.gif": false}; !maps.Equal(strip, want) {
		t.Errorf("to strip: %v, want %v", strip, want)
	}
}

// TestStreamedBundleFile: a photo larger than the read buffer, hashed as
// it streams through, has the hash, size and header of the whole file,
// and one that is too large is refused before it is read.
func TestStreamedBundleFile(t *testing.T) {
	t.Parallel()
	photo := append(imagestest.PhoneJPEG(t, 400, 300, 6), make([]byte, 3*len(newReadBuffer())+17)...)
	photo[len(photo)-1] = 1
	site := fstest.MapFS{
		"content/posts/b/index.md":  file(okPost),
		"content/posts/b/foto.jpg":  {Data: photo},
		"content/posts/b/daten.bin": {Data: photo[1000:]},
		"content/posts/b/film.mov":  {Data: make([]byte, MaxBundleFileSize+1)},
	}
	post, problems := LoadBundle(site, "content/posts/b")
	wantProblems(t, problems, []string{"content/posts/b/film.mov file-too-large: the file is 20.1 MiB; bundle files may be at most 20 MiB"})
	if len(post.Files) != 2 {
		t.Fatalf("files %+v", post.Files)
	}
	bin, foto := post.Files[0], post.Files[1]
	info, err := images.Inspect(photo, images.DefaultMaxPixels)
	switch {
	case err != nil:
		t.Fatal(err)
	case foto.Hash != sha256.Sum256(photo) || foto.Size != int64(len(photo)) || foto.Image == nil || *foto.Image != info:
		t.Errorf("foto.jpg: %+v, want size %d, header %+v", foto, len(photo), info)
	case bin.Hash != sha256.Sum256(photo[1000:]) || bin.Size != int64(len(photo)-1000) || bin.Image != nil:
		t.Errorf("daten.bin: %+v", bin)
	}
}

// TestBundleSkippedFiles: a bundle file starting with "." or "_" is left
// out with a warning at it, unless a program made it on its own.
func TestBundleSkippedFiles(t *testing.T) {
	t.Parallel()
	site := fstest.MapFS{
		"content/posts/b/index.md":         file(okPost),
		"content/posts/b/_entwurf.jpg":     file("JPEG"),
		"content/posts/b/.foto.jpg":        file("JPEG"),
		"content/posts/b/.DS_Store":        file("junk"),
		"content/posts/b/._foto.jpg":       file("junk"),
		"content/posts/b/.index.md.swp":    file("junk"),
		"content/posts/b/foto.jpg~":        file("junk"),
		"content/posts/b/.gitkeep":         file(""),
		"content/posts/b/.#index.md":       file("root@host.1234:1"),
		"content/posts/b/.~lock.plan.odt#": file("x"),
		"content/posts/b/Thumbs.db":        file("junk"),
		"content/posts/b/desktop.ini":      file("junk"),
		"content/posts/b/#index.md#":       file("autosave"),
		"content/posts/b/foto.jpg.vsctmp":  file("junk"),
		"content/posts/b/_alt/x.jpg":       file("JPEG"),
		"content/posts/b/sub/_skizze.png":  file("PNG"),
	}
	post, problems := LoadBundle(site, "content/posts/b")
	wantProblems(t, problems, []string{
		`content/posts/b/.foto.jpg file-skipped: this file is not published: names starting with "." or "_" are left out of a bundle`,
		`content/posts/b/_entwurf.jpg file-skipped: this file is not published: names starting with "." or "_" are left out of a bundle`,
		`content/posts/b/sub/_skizze.png file-skipped: this file is not published: names starting with "." or "_" are left out of a bundle`,
	})
	if post == nil || len(post.Files) != 0 {
		t.Errorf("skipped files must stay out of the bundle, got %+v", post)
	}
}
