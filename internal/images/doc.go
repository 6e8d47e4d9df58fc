// Package images turns the photos of a site into responsive derivatives:
// smaller copies at a few widths, re-encoded so that no metadata (EXIF,
// GPS, XMP, IPTC, comments) survives, turned upright by their EXIF
// orientation, never wider than the original. A WebP gets derivatives
// too (JPEG, or PNG when lossless or transparent); GIF and animated WebP
// images, which it does not decode, keep their pixels and lose their
// metadata (Strip).
//
// It sits between load and write and does no I/O of its own:
//
//   - load (internal/content) calls Inspect on each bundle image's bytes
//     as it hashes them: the header only (image.DecodeConfig), so an
//     image over the pixel budget is refused at its path before anything
//     is decoded, and the upright width and height are known without
//     decoding;
//   - render (internal/render) calls Plan with those sizes and the
//     programme's Settings to write srcset, sizes, width and height for
//     plain ![alt](photo.jpg), and lists the derivatives as outputs;
//   - build (internal/build) calls Make with the very bytes the approval
//     covers (their SHA-256 checked), on a few workers at a time, and
//     keeps the results in its cache (.tandem/cache/images) keyed by
//     those bytes' hash and Settings.Key; internal/publish writes them.
//
// Metadata lists the metadata markers left in an encoded image; the
// tests of this package and of internal/build run it over every image a
// build writes.
package images
