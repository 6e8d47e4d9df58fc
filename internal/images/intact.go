package images

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
)

// ErrCutShort is the error of a JPEG, PNG or WebP file whose header
// reads but whose data stops before the image ends (see Intact).
var ErrCutShort = errors.New("the image's data stops before its end")

// Intact reports whether the JPEG, PNG or WebP image of size bytes that
// r reads holds all of its parts, without decoding its pixels. A file
// that ends as its kind ends (a JPEG's end marker, a PNG's IEND chunk) is
// taken as whole, from its last bytes alone; else a JPEG's segments and
// entropy-coded scans are walked up to its end marker (bytes may follow
// it) and a PNG's chunks up to IEND; a WebP is as long as its RIFF
// header says. It is ErrCutShort when they stop before, as in a file
// copied in part; other bytes are not looked at (Inspect reads their
// header). Data damaged inside a part that is whole still passes: only
// decoding finds that.
func Intact(r io.ReaderAt, size int64) error {
	if size < 12 {
		return nil // no header either: Inspect refuses it
	}
	var head, tail [12]byte
	if _, err := r.ReadAt(head[:], 0); err != nil {
		return err
	}
	if _, err := r.ReadAt(tail[:], size-12); err != nil {
		return err
	}
	var walk func([]byte) error
	switch {
	case bytes.HasPrefix(head[:], []byte{0xFF, 0xD8}):
		if bytes.HasSuffix(tail[:], []byte{0xFF, 0xD9}) {
			return nil
		}
		walk = jpegIntact
	case bytes.HasPrefix(head[:], []byte("\x89PNG\r\n\x1a\n")):
		if bytes.Equal(tail[:], pngEnd()) {
			return nil
		}
		walk = pngIntact
	case string(head[:4]) == "RIFF" && string(head[8:12]) == "WEBP":
		if size < 8+int64(binary.LittleEndian.Uint32(head[4:8])) {
			return ErrCutShort
		}
		return nil
	default:
		return nil
	}
	data, err := io.ReadAll(io.NewSectionReader(r, 0, size))
	if err != nil {
		return err
	}
	return walk(data)
}

// pngEnd is the IEND chunk that ends every PNG: no data, and its CRC.
func pngEnd() []byte { return []byte("\x00\x00\x00\x00IEND\xaeB`\x82") }

// pngIntact walks the chunks of a PNG to its IEND chunk.
func pngIntact(data []byte) error {
	for pos := 8; pos+12 <= len(data); {
		if string(data[pos+4:pos+8]) == "IEND" {
			return nil
		}
		pos += 12 + int(binary.BigEndian.Uint32(data[pos:pos+4]))
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
			return ErrCutShort // not at a marker: the segment lengths are wrong
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
