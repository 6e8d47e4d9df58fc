package images

import (
	"bytes"
	"encoding/binary"
	"errors"
	"path"
	"strings"
)

// Strippable reports whether the file name is an image tandem publishes
// with its pixels as they are but without its metadata (Strip): WebP and
// GIF, which it does not decode.
func Strippable(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".webp", ".gif":
		return true
	}
	return false
}

// MetadataChecked reports whether tandem reads the image file name when it
// loads it for the metadata it must not publish: WebP and GIF, whose
// metadata it strips (Strippable), and AVIF, which it publishes as it is
// and so refuses with EXIF or XMP in it.
func MetadataChecked(name string) bool {
	return Strippable(name) || strings.EqualFold(path.Ext(name), ".avif")
}

// ErrDamaged is the error of a WebP or GIF image whose structure cannot be
// read to its end, so its metadata cannot be told apart for sure.
var ErrDamaged = errors.New("the image's structure cannot be read to its end")

// segment is a part of a WebP or GIF file: kept as it is, or dropped
// because it is metadata (what names it).
type segment struct {
	data []byte
	what string // "" for a part that is kept
}

// Strip returns data without its metadata when data is a WebP or a GIF
// image: a WebP without EXIF and XMP chunks and chunks it does not know
// (its ICC profile, which colour needs, stays without its texts:
// ScrubICC), a GIF without comments, application extensions other than
// animation loops (an ICC profile too: browsers do not apply it), and
// anything after its end. Bytes of any other kind come back as they
// are; a WebP or GIF that cannot be read to its end is ErrDamaged.
func Strip(data []byte) ([]byte, error) {
	segs, err := segments(data)
	if err != nil || segs == nil {
		return data, err
	}
	out := make([]byte, 0, len(data))
	for _, s := range segs {
		if s.what == "" {
			out = append(out, s.data...)
		}
	}
	if bytes.HasPrefix(out, []byte("RIFF")) {
		binary.LittleEndian.PutUint32(out[4:8], uint32(len(out)-8))
	}
	return out, nil
}

// segments splits a WebP or GIF image into its parts; nil for other bytes.
func segments(data []byte) ([]segment, error) {
	switch {
	case len(data) >= 12 && string(data[:4]) == "RIFF" && string(data[8:12]) == "WEBP":
		return webpChunks(data)
	case bytes.HasPrefix(data, []byte("GIF87a")) || bytes.HasPrefix(data, []byte("GIF89a")):
		return gifBlocks(data)
	}
	return nil, nil
}

// webpKept reports whether a chunk of a WebP image is part of its
// picture.
func webpKept(kind string) bool {
	switch kind {
	case "VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP":
		return true
	}
	return false
}

// riffChunk is a RIFF chunk of kind holding data, padded to an even
// length.
func riffChunk(kind string, data []byte) []byte {
	out := binary.LittleEndian.AppendUint32([]byte(kind), uint32(len(data)))
	out = append(out, data...)
	if len(data)%2 == 1 {
		out = append(out, 0)
	}
	return out
}

// webpChunks splits a WebP file (RIFF) into its header and chunks; the
// VP8X chunk's flags lose the bits that announce EXIF and XMP, and the
// ICC profile its texts (ScrubICC).
func webpChunks(data []byte) ([]segment, error) {
	size := int(binary.LittleEndian.Uint32(data[4:8]))
	if size < 4 || size+8 > len(data) {
		return nil, ErrDamaged
	}
	segs := []segment{{data: data[:12]}}
	rest := data[12 : size+8]
	for len(rest) > 0 {
		if len(rest) < 8 {
			return nil, ErrDamaged
		}
		kind, n := string(rest[:4]), int(binary.LittleEndian.Uint32(rest[4:8]))
		end := 8 + n + n%2 // chunks are padded to an even length
		if n < 0 || end > len(rest) {
			return nil, ErrDamaged
		}
		chunk := rest[:end]
		switch {
		case !webpKept(kind):
			segs = append(segs, segment{data: chunk, what: strings.TrimSpace(kind) + " chunk"})
		case kind == "VP8X" && n >= 1:
			flags := bytes.Clone(chunk)
			flags[8] &^= 0x08 | 0x04 // EXIF, XMP
			segs = append(segs, segment{data: flags})
		case kind == "ICCP":
			profile := chunk[8 : 8+n]
			scrubbed := ScrubICC(profile)
			switch {
			case scrubbed == nil:
				return nil, ErrDamaged
			case bytes.Equal(scrubbed, profile):
				segs = append(segs, segment{data: chunk})
			default: // the profile without its texts stands in for it
				segs = append(segs, segment{data: chunk, what: "ICC profile's texts"}, segment{data: riffChunk(kind, scrubbed)})
			}
		default:
			segs = append(segs, segment{data: chunk})
		}
		rest = rest[end:]
	}
	if len(data) > size+8 {
		segs = append(segs, segment{data: data[size+8:], what: "bytes after the end"})
	}
	return segs, nil
}
