package build

import (
	"bytes"
	"image"
	_ "image/jpeg"
	_ "image/png"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/folder"
	"github.com/tandem-mentoring/tandem/internal/imagecache"
	"github.com/tandem-mentoring/tandem/internal/images"
	"github.com/tandem-mentoring/tandem/internal/images/imagestest"
)

const (
	photoPost   = "content/posts/r1/2024-01-05-fotos"
	staticPhoto = "content/static/img/halle.jpg"
)

// photoSite writes a generated site with an approved bundle post showing
// a phone's JPEG (2000 × 1000 stored, EXIF orientation 6: upright 1000 ×
// 2000, GPS in its EXIF) with a caption and a screenshot PNG, and a
// phone JPEG in content/static (1200 × 800, GPS in its EXIF) that the
// post shows from the site root, and extra lines for programme.yaml.
func photoSite(t *testing.T, dir, programme string) {
	t.Helper()
	generateSite(t, dir, 3, "f")
	files := map[string]string{}
	prog, err := os.ReadFile(filepath.Join(dir, "content/programme.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	files["content/programme.yaml"] = string(prog) + programme
	for _, name := range []string{"content/tandems/t00.yaml"} {
		data, _ := os.ReadFile(filepath.Join(dir, name))
		files[name] = string(data)
	}
	_, gif := imagestest.AnimatedGIF(t)
	_, webp := imagestest.WebP()
	bundle := map[string]string{
		photoPost + "/werkstor.jpg": string(imagestest.PhoneJPEG(t, 2000, 1000, 6)),
		photoPost + "/screen.png":   string(imagestest.ScreenshotPNG(t, 300, 200)),
		photoPost + "/winken.gif":   string(gif),
		photoPost + "/punkt.webp":   string(webp),
		photoPost + "/anim.webp":    string(animated(webp)),
	}
	front := "title: Fotos\ndate: 2024-01-05T09:00:00Z\ntandem: t00\nauthors: [p0]\n"
	body := "![Das Werkstor am Morgen](werkstor.jpg \"Das Tor, von innen\")\n\nText mit ![Bildschirm](screen.png) darin.\n\n![Die Halle](/mentoring/img/halle.jpg)\n"
	files[photoPost+"/index.md"] = approvedFile(t, files, photoPost+"/index.md", front, body, bundle)
	maps.Copy(files, bundle)
	files["content/static/img/logo.png"] = string(imagestest.ScreenshotPNG(t, 64, 64))
	files["content/static/img/lade.gif"] = string(gif)
	files[staticPhoto] = string(imagestest.PhoneJPEG(t, 1200, 800, 1))
	writeFiles(t, dir, files)
}

// TestPhotoDerivatives: a bundle photo is published as derivatives at the
// configured widths that are narrower than it (and its own width when
// not wider than the widest), turned upright, without any metadata in
// any image of the output; the original is not published; the post's
// page shows a figure with srcset, sizes (images.sizes), width, height,
// lazy loading and the title as its caption, and the cards its cover
// with images.card_sizes. A photo of content/static/ that the post
// shows from the site root gets derivatives beside it and the same
// markup, and stays published at its address without metadata
// (its hash is load's). A WebP gets derivatives too (JPEG); an animated
// one is published without its metadata.
func TestPhotoDerivatives(t *testing.T) {
	t.Parallel()
	site, parent := t.TempDir(), t.TempDir()
	photoSite(t, site, "images:\n  widths: [480, 960, 1600]\n  quality: 70\n  sizes: \"(min-width: 50rem) 50rem, 100vw\"\n  card_sizes: \"(min-width: 60rem) 33vw, 100vw\"\n")
	dest := filepath.Join(parent, "public")
	if err := buildInto(t, site, dest, nil, nil); err != nil {
		t.Fatal(err)
	}
	want := map[string][2]int{
		"posts/fotos/werkstor-480w.jpg": {480, 960}, "posts/fotos/werkstor-960w.jpg": {960, 1920}, // upright: 1000 × 2000
		"posts/fotos/werkstor-1000w.jpg": {1000, 2000}, "posts/fotos/screen-300w.png": {300, 200},
		// a WebP's derivatives are JPEG (PNG if lossless or transparent)
		"posts/fotos/punkt-1w.jpg": {1, 1},
		// beside the static photo, which stays at its address without metadata
		"img/halle-480w.jpg": {480, 320}, "img/halle-960w.jpg": {960, 640}, "img/halle-1200w.jpg": {1200, 800}, "img/halle.jpg": {1200, 800},
	}
	for name, size := range want {
		data, err := os.ReadFile(filepath.Join(dest, name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
		if err != nil || cfg.Width != size[0] || cfg.Height != size[1] {
			t.Errorf("%s is %d × %d (%v), want %d × %d", name, cfg.Width, cfg.Height, err, size[0], size[1])
		}
	}
	for _, gone := range []string{"posts/fotos/werkstor.jpg", "posts/fotos/screen.png", "posts/fotos/werkstor-1600w.jpg", "posts/fotos/punkt.webp"} {
		if _, err := os.Stat(filepath.Join(dest, gone)); err == nil {
			t.Errorf("%s is published", gone)
		}
	}
	assertNoImageMetadata(t, dest)
	page, err := os.ReadFile(filepath.Join(dest, "posts/fotos/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	figure := `<figure><img src="/mentoring/posts/fotos/werkstor-1000w.jpg" srcset="/mentoring/posts/fotos/werkstor-480w.jpg 480w, ` +
		`/mentoring/posts/fotos/werkstor-960w.jpg 960w, /mentoring/posts/fotos/werkstor-1000w.jpg 1000w" sizes="(min-width: 50rem) 50rem, 100vw" ` +
		`width="1000" height="2000" alt="Das Werkstor am Morgen" loading="lazy" decoding="async"><figcaption>Das Tor, von innen</figcaption></figure>`
	if !strings.Contains(string(page), figure) {
		t.Errorf("the page lacks\n%s\nin\n%s", figure, page)
	}
	inline := `Text mit <img src="/mentoring/posts/fotos/screen-300w.png" srcset="/mentoring/posts/fotos/screen-300w.png 300w" sizes="(min-width: 50rem) 50rem, 100vw" width="300" height="200" alt="Bildschirm" loading="lazy" decoding="async"> darin.`
	if !strings.Contains(string(page), inline) {
		t.Errorf("the page lacks\n%s", inline)
	}
	static := `<figure><img src="/mentoring/img/halle-1200w.jpg" srcset="/mentoring/img/halle-480w.jpg 480w, /mentoring/img/halle-960w.jpg 960w, ` +
		`/mentoring/img/halle-1200w.jpg 1200w" sizes="(min-width: 50rem) 50rem, 100vw" width="1200" height="800" alt="Die Halle" loading="lazy" decoding="async"></figure>`
	if !strings.Contains(string(page), static) {
		t.Errorf("the page lacks the static photo's figure\n%s", static)
	}
	home, err := os.ReadFile(filepath.Join(dest, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	card := `<img class="card-img" src="/mentoring/posts/fotos/werkstor-480w.jpg" srcset="/mentoring/posts/fotos/werkstor-480w.jpg 480w, ` +
		`/mentoring/posts/fotos/werkstor-960w.jpg 960w, /mentoring/posts/fotos/werkstor-1000w.jpg 1000w" sizes="(min-width: 60rem) 33vw, 100vw" width="1000" height="2000"`
	if !strings.Contains(string(home), card) {
		t.Errorf("the home page lacks the card's cover\n%s", card)
	}
	if _, err := os.Stat(filepath.Join(dest, "img/logo.png")); err != nil {
		t.Errorf("the static photo is not published at its address: %v", err)
	}
	gif, _ := imagestest.AnimatedGIF(t)
	webp, _ := imagestest.WebP()
	for name, want := range map[string][]byte{"posts/fotos/winken.gif": gif, "img/lade.gif": gif, "posts/fotos/anim.webp": animated(webp)} {
		if got, err := os.ReadFile(filepath.Join(dest, name)); err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s is %q (%v), want the image without its metadata", name, got, err)
		}
	}
}

// animated is the WebP webp (imagestest.WebP) marked as animated in its
// extended header: golang.org/x/image/webp decodes no animation, so it
// gets no derivatives and is published without its metadata instead.
func animated(webp []byte) []byte {
	out := bytes.Clone(webp)
	out[20] |= 0x02
	return out
}

// assertNoImageMetadata fails for every image below dir (images.Picture)
// that carries a metadata marker (images.Metadata).
func assertNoImageMetadata(t *testing.T, dir string) {
	t.Helper()
	n := 0
	for _, name := range listFiles(t, dir) {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !images.Picture(name) {
			continue
		}
		n++
		if found := images.Metadata(data); len(found) > 0 {
			t.Errorf("%s carries metadata: %v", name, found)
		}
	}
	if n == 0 {
		t.Error("no image in the output")
	}
}

// TestKeepOriginals: with images.keep_originals the original is
// published beside the derivatives, as it is.
func TestKeepOriginals(t *testing.T) {
	t.Parallel()
	site, parent := t.TempDir(), t.TempDir()
	photoSite(t, site, "images:\n  keep_originals: true\n")
	dest := filepath.Join(parent, "public")
	if err := buildInto(t, site, dest, nil, nil); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"posts/fotos/werkstor.jpg", "posts/fotos/werkstor-480w.jpg"} {
		if _, err := os.Stat(filepath.Join(dest, name)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestDecompressionBomb: a bundle PNG whose header claims 100,000 ×
// 100,000 pixels is an error at the file before any pixel is decoded.
func TestDecompressionBomb(t *testing.T) {
	t.Parallel()
	site := t.TempDir()
	photoSite(t, site, "")
	writeFiles(t, site, map[string]string{photoPost + "/bombe.png": string(imagestest.BombPNG(100_000, 100_000))})
	_, problems := compileDir(t, site, Options{Now: goldenNow})
	err := problems.Err()
	if err == nil || !regexp.MustCompile(regexp.QuoteMeta(photoPost+"/bombe.png")+`: the image is 100000 × 100000 pixels; at most 50 megapixels`).MatchString(err.Error()) {
		t.Errorf("problems: %v", err)
	}
}

// countingFS counts the opens of each file.
type countingFS struct {
	fs.FS
	mu    sync.Mutex
	opens map[string]int
}

func (c *countingFS) Open(name string) (fs.File, error) {
	c.mu.Lock()
	c.opens[name]++
	c.mu.Unlock()
	return c.FS.Open(name)
}

// TestImageCache: a second build with the cache folder reads a photo
// once (load hashes it) instead of again to make its derivatives, a
// photo of content/static/ too, and
// writes the same bytes; the cache lies below .tandem, outside the
// output; a cache file whose seal does not hold is not used.
func TestImageCache(t *testing.T) {
	t.Parallel()
	site, parent := t.TempDir(), t.TempDir()
	photoSite(t, site, "")
	key := filepath.Join(t.TempDir(), "key")
	photo := photoPost + "/werkstor.jpg"
	run := func(dest string) (int, string) {
		root, err := folder.Open(site)
		if err != nil {
			t.Fatal(err)
		}
		defer root.Close()
		dir := imagecache.NewDir(site, key)
		defer dir.Close()
		counted := &countingFS{FS: root.FS(), opens: map[string]int{}}
		_, problems, err := Build(dest, counted, Options{Now: goldenNow, ImageCache: dir})
		if err != nil || problems.HasErrors() {
			t.Fatal(err, problems.Err())
		}
		if s := counted.opens[staticPhoto]; (s == 1) != (counted.opens[photo] == 1) {
			t.Errorf("the static photo was opened %d times, the bundle's %d", s, counted.opens[photo])
		}
		return counted.opens[photo], snapshot(t, dest)
	}
	cold, first := run(filepath.Join(parent, "a"))
	warm, second := run(filepath.Join(parent, "b"))
	if cold < 2 || warm != 1 {
		t.Errorf("the photo was opened %d times cold and %d times warm; want 2 or more, then 1", cold, warm)
	}
	if first != second {
		t.Error("the warm build wrote other bytes")
	}
	entries, _ := os.ReadDir(filepath.Join(site, imagecache.Folder))
	if len(entries) < 3 {
		t.Fatalf("the cache holds %d files", len(entries))
	}
	for _, e := range entries { // forged: another photo under the same name, sealed with another key
		if err := os.WriteFile(filepath.Join(site, imagecache.Folder, e.Name()), []byte("forged"+strings.Repeat("x", 40)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	again, third := run(filepath.Join(parent, "c"))
	if again < 2 || third != first {
		t.Errorf("forged cache files were used (%d opens)", again)
	}
}
