package build

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"unicode"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/images"
	"github.com/tandem-mentoring/tandem/internal/render"
	"github.com/tandem-mentoring/tandem/internal/scratch"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// StaticDir holds files copied to the site root as they are.
const StaticDir = "content/static"

// staticNames lists the files of content/static/** to publish, with the
// problems of the others. Dotfiles and what editors and systems leave
// (scratch.Name: backups, Thumbs.db…) are skipped; symbolic links, HEIC
// and TIFF images (images.Unpublishable) and JPEGs by another name
// (images.JPEGByOtherName) are refused.
func staticNames(site fs.FS) ([]string, diag.List) {
	var out []string
	var problems diag.List
	if !content.IsFolder(site, StaticDir, &problems) {
		return nil, problems
	}
	_ = fs.WalkDir(site, StaticDir, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			problems.Errorf(diag.Pos{Path: name}, "unreadable", diag.T("check that the file is still there and that you may read it (its permissions)"), "cannot read: %v", err)
			return nil
		}
		if name != StaticDir && !content.CheckName(name, d.IsDir(), &problems) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if name != StaticDir && (strings.HasPrefix(d.Name(), ".") || scratch.Name(d.Name())) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			problems.Errorf(diag.Pos{Path: name}, "symlink", diag.T("copy the file into content/static instead of linking to it"), "symbolic links are not followed in content/")
			return nil
		}
		switch {
		case d.IsDir():
		case images.Unpublishable(name) || images.JPEGByOtherName(name):
			problems.Add(content.UnpublishableImage(name)...)
		default:
			out = append(out, name)
		}
		return nil
	})
	return out, problems
}

// loadStatic reads the photos of content/static/ (content.StaticPhotos)
// for the state: their hash and header, read once, for the pages that
// show them and the copies of them and their derivatives. The problems
// of the other files are staticFiles' to report.
func loadStatic(site fs.FS) ([]content.File, diag.List) {
	names, _ := staticNames(site)
	return content.StaticPhotos(site, StaticDir, names)
}

// staticFiles lists the copies of content/static/** (see staticNames).
// With derived (the renderer's Images), a photo that load read (photos,
// by path below content/static/) is copied from there: at its own size
// without metadata (images.DerivedName with width 0; a WebP without
// metadata as it is) unless images.keep_originals, and its derivatives
// beside it (site.StaticImages), which the pages show. A JPEG or PNG
// that load did not read (it was too large) is still copied without
// metadata, or is an error when it cannot be (over the pixel budget, or
// a header that cannot be read).
func staticFiles(site fs.FS, photos []content.File, derived *render.Images) ([]render.Copy, diag.List) {
	names, problems := staticNames(site)
	byName := make(map[string]*content.File, len(photos))
	for i := range photos {
		byName[photos[i].Source] = &photos[i]
	}
	var out []render.Copy
	for _, name := range names {
		f := byName[name]
		if f == nil {
			out = append(out, staticCopy(site, name, derived, &problems))
			continue
		}
		out = append(out, photoCopies(f, derived)...)
	}
	slices.SortFunc(out, func(a, b render.Copy) int { return strings.Compare(a.Path, b.Path) })
	return out, problems
}

// photoCopies are the copies of the static photo f that load read (see
// staticFiles): its derivatives from derived, and the original without
// its metadata; as it is when derived is nil.
func photoCopies(f *content.File, derived *render.Images) []render.Copy {
	c := render.Copy{Path: f.Name, Name: f.Source}
	if derived == nil {
		return []render.Copy{c}
	}
	var out []render.Copy
	if f.Image != nil {
		dir := path.Dir(f.Name)
		for _, v := range images.Plan(path.Base(f.Name), *f.Image, derived.Settings) {
			out = append(out, render.Copy{Path: path.Join(dir, v.Name), From: derived.Derived, Name: images.DerivedName(f.Hash, v.Width, f.Source), Derived: true})
		}
	}
	strip := f.Strip || images.Raster(f.Source) && f.Image != nil && !derived.Settings.KeepOriginals
	if strip {
		c.From, c.Name, c.Derived = derived.Derived, images.DerivedName(f.Hash, 0, f.Source), true
	} else {
		c.Sum = f.Hash
	}
	return append(out, c)
}

// staticCopy is the copy of the static file name that load did not read
// as a photo (see staticFiles). A file whose bytes are no photo is
// copied as it is (a JPEG or PNG over the pixel budget or whose header
// cannot be read is an error: it would keep its metadata); a WebP or GIF with metadata is copied without it
// (content.StripsMetadata), also read when derived is nil (the outline of
// tandem check), so its problems are reported there too.
func staticCopy(site fs.FS, name string, derived *render.Images, problems *diag.List) render.Copy {
	c := render.Copy{Path: strings.TrimPrefix(name, StaticDir+"/"), Name: name}
	metadata := images.MetadataChecked(name)
	if !metadata && (derived == nil || derived.Settings.KeepOriginals || !images.Raster(name)) {
		return c
	}
	data, err := fs.ReadFile(site, name)
	if err != nil {
		return c
	}
	if metadata {
		var strip bool
		strip, *problems = content.StripsMetadata(name, data, *problems)
		if !strip || derived == nil {
			return c
		}
	} else if _, err := images.Inspect(data, derived.Settings.MaxPixels); err != nil {
		*problems = content.HeaderProblems(name, err, *problems) // too large, or unreadable: copied as it is, EXIF included
		return c
	}
	c.From, c.Name, c.Derived = derived.Derived, images.DerivedName(sha256.Sum256(data), 0, name), true
	return c
}

// collisions reports two files that would be written to the same place,
// also where only a file system that ignores case and Unicode
// normalization (Windows, macOS) would write them there (site.FoldPath):
// a bundle file "INDEX.HTML" would replace its post's page. A static
// file in a generated root or among the theme's assets is left to
// staticRules, which refuses it whatever lies there.
func collisions(res render.Result, static []render.Copy) diag.List {
	var problems diag.List
	var checked []render.Copy
	bases := map[string]bool{} // the copies' folded file names
	for _, c := range append(bundleCopies(res.Copies), static...) {
		if (c.From == nil || c.Derived) && strings.HasPrefix(copySource(c), StaticDir+"/") && site.GeneratedRoot(c.Path) != "" {
			continue
		}
		checked = append(checked, c)
		bases[site.FoldPath(lastName(c.Path))] = true
	}
	owner := generatedBundleNeighbours(res, bases) // folded path -> what lies there
	widths := map[string]int{}                     // folded path -> the width of the photo's copy there
	for _, c := range checked {
		folded := site.FoldPath(c.Path)
		if other, taken := owner[folded]; taken {
			clash(c, other, widths[folded], &problems)
			continue
		}
		owner[folded] = copySource(c)
		widths[folded] = copyWidth(c)
		if why := unsafeName(c.Path); why != "" {
			problems.Errorf(diag.Pos{Path: copySource(c)}, "unsafe-path", diag.T("rename the file"), "this file cannot be copied safely: %s", why)
		}
	}
	return problems
}

// clash reports the copy c, which would be written where other lies
// already (the copy there of other's photo width pixels wide, when
// width is not 0): worded for a photo's smaller copy, which tandem makes
// itself, when either is one.
func clash(c render.Copy, other string, width int, problems *diag.List) {
	at := diag.Pos{Path: copySource(c)}
	switch w := copyWidth(c); {
	case w > 0:
		problems.Errorf(at, "duplicate-output", diag.T("rename or remove %s: tandem makes a photo's smaller copies itself (images.widths)", other),
			"the copy of this photo %d pixels wide would overwrite %s at /%s", w, other, c.Path)
	case width > 0:
		problems.Errorf(at, "duplicate-output", diag.T("rename or remove this file: tandem makes a photo's smaller copies itself (images.widths)"),
			"this file lies where the copy of %s %d pixels wide goes, /%s", other, width, c.Path)
	default:
		problems.Errorf(at, "duplicate-output", diag.T("rename or remove one of them"),
			"this file would overwrite %s at /%s", other, c.Path)
	}
}

// copyWidth is the width of c when it is a photo's smaller copy
// (images.Plan), else 0 (a file, or a photo copied at its own size).
func copyWidth(c render.Copy) int {
	if _, w, _, ok := images.ParseDerivedName(c.Name); c.Derived && ok {
		return w
	}
	return 0
}

// generatedBundleNeighbours returns the generated outputs a copied file
// could take the place of, by folded path (site.FoldPath): those in the
// posts folder, where bundle files go (a static file in a generated root
// is refused anyway, and every output lies in one), whose folded file
// name is among bases. FoldPath folds each name of a path on its own,
// so two paths fold alike only when their file names do: an output
// whose file name folds to none of bases cannot collide, and only the
// few file names of the outputs (index.html, …) are folded, once each.
func generatedBundleNeighbours(res render.Result, bases map[string]bool) map[string]string {
	pages := map[string]string{}
	if len(bases) == 0 {
		return pages
	}
	folds := map[string]bool{} // an output's file name -> whether it folds into bases
	for _, o := range res.Outputs {
		if !strings.HasPrefix(o.Path, site.PostsRoot) {
			continue
		}
		base := lastName(o.Path)
		in, known := folds[base]
		if !known {
			in = bases[site.FoldPath(base)]
			folds[base] = in
		}
		if in {
			pages[site.FoldPath(o.Path)] = "a generated page"
		}
	}
	return pages
}

// lastName is the last name of the slash-separated path p.
func lastName(p string) string { return p[strings.LastIndexByte(p, '/')+1:] }

// copySource is the site file a copy comes from: its name, or for a
// photo's derivative the original's.
func copySource(c render.Copy) string {
	if _, _, source, ok := images.ParseDerivedName(c.Name); c.Derived && ok {
		return source
	}
	return c.Name
}

// bundleCopies returns the copies that come from the site (bundle files
// and the derivatives of its photos), leaving out theme assets.
func bundleCopies(copies []render.Copy) []render.Copy {
	var out []render.Copy
	for _, c := range copies {
		if c.From == nil || c.Derived {
			out = append(out, c)
		}
	}
	return out
}

// MaxNameBytes is the longest file or folder name tandem writes; file
// systems allow 255 bytes.
const MaxNameBytes = 255

// unsafeName says why the output path name (slash-separated) cannot be
// written the same way on every system, or returns "".
func unsafeName(name string) string {
	if !fs.ValidPath(name) || path.IsAbs(name) {
		return "it would be written outside the output folder"
	}
	for _, part := range strings.Split(name, "/") {
		switch {
		case len(part) > MaxNameBytes:
			return fmt.Sprintf("a name in its path is %d bytes long; file systems allow at most %d", len(part), MaxNameBytes)
		case strings.Contains(part, "\\"):
			return "its name holds \\, which is a folder separator on Windows"
		case strings.IndexFunc(part, unicode.IsControl) >= 0:
			return "its name holds a control character"
		}
	}
	return ""
}
