package images

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
)

// ErrCutShort is the error of a JPEG, PNG or WebP file whose header
// reads but whose data stops before the image ends (see Intact).
var ErrCutShort = errors.New("the image's data stops before its end")

// ErrDamagedInside is the error of a JPEG or PNG file that is long
// enough but whose parts do not fit together: a PNG chunk whose bytes are not those
// its checksum was made of, a JPEG segment that does not start with a
// marker (see Intact).
var ErrDamagedInside = errors.New("the image's data is damaged inside")

// Intact reports whether the JPEG, PNG or WebP image data holds all of
// its parts, without decoding its pixels: a JPEG's segments and
// entropy-coded scans are walked up to its end marker (bytes may follow
// it), a PNG's chunks up to IEND, each checked against its CRC; a WebP
// is as long as its RIFF header says. It is ErrCutShort when they stop
// before, as in a file copied in part, and ErrDamagedInside when a PNG
// chunk's checksum does not match or a JPEG segment starts with no
// marker; other bytes are not looked at (Inspect reads their header). Data damaged inside a JPEG scan that keeps its markers still
// passes: only decoding finds that (and Go's decoder often does not
// either: a run of zeros or a changed bit decodes as other pixels).
func Intact(data []byte) error {
	switch {
	case len(data) < 12:
		return nil // no header either: Inspect refuses it
	case bytes.HasPrefix(data, []byte{0xFF, 0xD8}):
		return jpegIntact(data)
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return pngIntact(data)
	case string(data[:4]) == "RIFF" && string(data[8:12]) == "WEBP":
		if int64(len(data)) < 8+int64(binary.LittleEndian.Uint32(data[4:8])) {
			return ErrCutShort
		}
	}
	return nil
}

// pngIntact walks the chunks of a PNG to its IEND chunk, checking each
// chunk's CRC (of its type and data), as Go's decoder does.
func pngIntact(data []byte) error {
	for pos := 8; pos+12 <= len(data); {
		n := int64(binary.BigEndian.Uint32(data[pos : pos+4]))
		end := int64(pos) + 8 + n // where the chunk's CRC starts
		if end+4 > int64(len(data)) {
			return ErrCutShort
		}
		if crc32.ChecksumIEEE(data[pos+4:end]) != binary.BigEndian.Uint32(data[end:end+4]) {
			return ErrDamagedInside
		}
		if string(data[pos+4:pos+8]) == "IEND" {
			return nil
		}
		pos = int(end) + 4
	}
	return ErrCutShort
}

// jpegIntact walks the segments of a JPEG, and the entropy-coded data
// after each start of scan, to its end marker (EOI). In entropy-coded
// data a 0xFF byte is followed by 0x00 (a stuffed byte) or a restart
// marker; any other marker ends the scan.
func jpegIntact(data []byte) error {
	pos := 2
	for pos+1 < len(data) {
		if data[pos] != 0xFF {
			return ErrDamagedInside // not at a marker: the segment lengths are wrong
		}
		m := data[pos+1]
		switch {
		case m == 0xFF: // fill byte before a marker
			pos++
		case m == 0xD9: // EOI
			return nil
		case m == 0x01 || m >= 0xD0 && m <= 0xD7: // TEM, RSTn: no length
			pos += 2
		case pos+3 >= len(data):
			return ErrCutShort
		default:
			pos += 2 + int(binary.BigEndian.Uint16(data[pos+2:pos+4]))
			if m == 0xDA { // SOS: the scan's data follows
				pos = scanEnd(data, pos)
			}
		}
	}
	return ErrCutShort
}

// scanEnd returns where the entropy-coded data starting at pos ends: at
// the next marker that is not a restart marker, or len(data).
func scanEnd(data []byte, pos int) int {
	for pos < len(data) {
		i := bytes.IndexByte(data[pos:], 0xFF)
		if i < 0 || pos+i+1 >= len(data) {
			return len(data)
		}
		pos += i
		if next := data[pos+1]; next != 0x00 && (next < 0xD0 || next > 0xD7) {
			return pos
		}
		pos += 2
	}
	return len(data)
}
