package images

import (
	"bytes"
	"strconv"
)

// Metadata lists the metadata an encoded image carries: in a JPEG each
// APPn segment but the JFIF header (APP1 is EXIF or XMP, APP13 IPTC) and
// comments; in a PNG each text or EXIF chunk (tEXt, zTXt, iTXt, eXIf);
// in a WebP or GIF what Strip removes (a damaged one is listed as
// such); in any the signatures of EXIF, XMP and Photoshop (IPTC) blocks
// wherever they stand. None means none of these.
func Metadata(data []byte) []string {
	var found []string
	switch {
	case bytes.HasPrefix(data, []byte("\xFF\xD8")):
		found = jpegSegments(data)
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		found = pngChunks(data)
	default:
		segs, err := segments(data)
		if err != nil {
			found = append(found, "a damaged image")
		}
		for _, s := range segs {
			if s.what != "" {
				found = append(found, s.what)
			}
		}
	}
	for _, sig := range [][2]string{{"Exif\x00", "EXIF"}, {"http://ns.adobe.com/xap", "XMP"}, {"Photoshop 3.0", "IPTC"}} {
		if bytes.Contains(data, []byte(sig[0])) {
			found = append(found, sig[1]+" block")
		}
	}
	return found
}

// jpegSegments lists the metadata segments of a JPEG before its image
// data.
func jpegSegments(data []byte) []string {
	var found []string
	for i := 2; i+4 <= len(data); {
		if data[i] != 0xFF {
			return append(found, "a damaged segment")
		}
		marker := data[i+1]
		if marker == 0xDA || marker == 0xD9 {
			return found
		}
		size := int(data[i+2])<<8 | int(data[i+3])
		body := data[i+4 : min(len(data), i+2+size)]
		switch {
		case marker == 0xE0 && bytes.HasPrefix(body, []byte("JFIF\x00")):
		case marker >= 0xE0 && marker <= 0xEF:
			found = append(found, "APP"+strconv.Itoa(int(marker-0xE0)))
		case marker == 0xFE:
			found = append(found, "COM")
		}
		i += 2 + size
	}
	return found
}

// pngChunks lists the text and EXIF chunks of a PNG.
func pngChunks(data []byte) []string {
	var found []string
	for i := 8; i+8 <= len(data); {
		n := int(data[i])<<24 | int(data[i+1])<<16 | int(data[i+2])<<8 | int(data[i+3])
		kind := string(data[i+4 : i+8])
		switch kind {
		case "tEXt", "zTXt", "iTXt", "eXIf":
			found = append(found, kind)
		}
		if n < 0 || i+12+n > len(data) {
			return found
		}
		i += 12 + n
	}
	return found
}
