// Package imagecache makes the derivatives of the site's photos and
// keeps them between builds.
//
// It sits between render and write: render lists each derivative as a
// copy from a Store (render.Copy.Derived, named by images.DerivedName:
// the original's SHA-256, the width and the original's path), and the
// writer (internal/publish), the dev server's snapshot (internal/build's
// FS) and check read it from there as they read any copied file. So
// derivatives reach the output folder only through the writer, and a
// derivative nobody reads (tandem serve: a photo nobody looks at) is
// never made.
//
// Opening a derivative reads the original from the site (no symbolic
// link followed, see internal/folder), checks its bytes against the
// hash the approval covers, and makes every derivative of that photo at
// once (images.Make) on one of a few slots, so memory holds a few
// decoded photos at a time however many cores ask. The results go to
// the cache folder (.tandem/cache/images, see Dir), keyed by the
// original's hash and images.Settings.Key, sealed with a key kept
// outside the site (a cache file committed to the repository is not
// taken for a derivative of an approved photo), and to a small memory
// of the last photos made, so the other widths of a photo are not made
// again. Deleting the folder costs time only.
package imagecache
