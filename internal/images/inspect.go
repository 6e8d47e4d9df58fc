package images

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	_ "image/jpeg" // registers the decoders Inspect and Make use
	_ "image/png"
	"io"

	_ "golang.org/x/image/webp"
)

// Info is what the header of a raster image says.
type Info struct {
	// Width and Height are the upright size: swapped when the EXIF
	// orientation turns the picture by 90°.
	Width, Height int
	// Format is "jpeg", "png" or "webp".
	Format string
	// Output is the format the derivatives are written in, "jpeg" or
	// "png": a JPEG's and PNG's own; for a WebP JPEG when it is lossy and
	// opaque, else PNG (lossless, or with an alpha channel).
	Output string
	// Orientation is the EXIF orientation, 1 (as stored) to 8.
	Orientation int
}

// TooLarge is the error of an image over the pixel budget.
type TooLarge struct {
	Width, Height, Budget int
}

// Error says how large the image is.
func (e TooLarge) Error() string {
	return fmt.Sprintf("the image is %d × %d pixels (%d megapixels); at most %d megapixels are decoded",
		e.Width, e.Height, int64(e.Width)*int64(e.Height)/1_000_000, e.Budget/1_000_000)
}

// ErrUnreadable is the error of bytes that are not a JPEG, PNG or WebP image
// (or a damaged one).
var ErrUnreadable = errors.New("not a readable JPEG, PNG or WebP image")

// ErrUndecodable is the error of bytes that begin as a JPEG or PNG image
// (Signed) but whose header tandem cannot read (a 12-bit or arithmetic-coded
// JPEG, say): a browser may still show them, and tandem cannot remove
// their metadata, so they are not published as they are.
var ErrUndecodable = errors.New("a JPEG or PNG image whose header tandem cannot read")

// Signed reports whether data begins with the signature of a JPEG (its
// start of image and a marker) or a PNG image.
func Signed(data []byte) bool {
	return bytes.HasPrefix(data, []byte("\xFF\xD8\xFF")) || bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n"))
}

// unreadable is the error of data, whose header cannot be read:
// ErrUndecodable when it begins as a JPEG or PNG, else ErrUnreadable.
func unreadable(data []byte) error {
	if Signed(data) {
		return ErrUndecodable
	}
	return ErrUnreadable
}

// Inspect reads the header of a JPEG, PNG or WebP image
// (image.DecodeConfig: no pixel is decoded) and a JPEG's EXIF
// orientation. An image of more than maxPixels pixels is a TooLarge
// error; an animated WebP, which golang.org/x/image/webp cannot decode,
// is ErrUnreadable; bytes that begin as a JPEG or PNG but cannot be read
// are ErrUndecodable.
func Inspect(data []byte, maxPixels int) (Info, error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || (format != "jpeg" && format != "png" && format != "webp") || cfg.Width <= 0 || cfg.Height <= 0 {
		return Info{}, unreadable(data)
	}
	if animatedWebP(data) {
		return Info{}, ErrUnreadable
	}
	if int64(cfg.Width)*int64(cfg.Height) > int64(maxPixels) {
		return Info{}, TooLarge{Width: cfg.Width, Height: cfg.Height, Budget: maxPixels}
	}
	info := Info{Width: cfg.Width, Height: cfg.Height, Format: format, Output: format, Orientation: 1}
	if format == "webp" {
		info.Output = "png"
		if cfg.ColorModel == color.YCbCrModel {
			info.Output = "jpeg"
		}
	}
	if format == "jpeg" {
		info.Orientation = Orientation(data)
	}
	if info.Orientation >= 5 {
		info.Width, info.Height = info.Height, info.Width
	}
	return info, nil
}

// animatedWebP reports whether data is a WebP image whose extended
// header (VP8X) says it is animated.
func animatedWebP(data []byte) bool {
	return len(data) > 20 && string(data[8:16]) == "WEBPVP8X" && data[20]&0x02 != 0
}

// InspectReader is Inspect of the image read from r, reading r only as
// far as the header (and the few kilobytes a buffered reader reads
// ahead), so the caller can go on reading the rest, to hash it, say. Of
// a JPEG it reads every segment before the scan, where Orientation looks.
func InspectReader(r io.Reader, maxPixels int) (Info, error) {
	var head bytes.Buffer
	_, format, err := image.DecodeConfig(io.TeeReader(r, &head))
	if err != nil {
		return Info{}, unreadable(head.Bytes())
	}
	if format == "jpeg" {
		readToScan(&head, r)
	}
	return Inspect(head.Bytes(), maxPixels)
}

// readToScan reads from r onto head, a JPEG's first bytes, until it holds
// every segment before the start of scan, walking them as exifSegment
// does, or r ends.
func readToScan(head *bytes.Buffer, r io.Reader) {
	for i := 2; ; {
		if head.Len() < i+4 {
			if _, err := io.CopyN(head, r, int64(i+4-head.Len())); err != nil {
				return
			}
		}
		data := head.Bytes()
		size := int(data[i+2])<<8 | int(data[i+3])
		if data[i] != 0xFF || data[i+1] == 0xD9 || data[i+1] == 0xDA || size < 2 {
			return
		}
		i += 2 + size
	}
}

// Orientation returns the EXIF orientation (1–8) of a JPEG image, or 1
// when it has none or it cannot be read. It reads the first APP1 Exif
// segment's first directory (IFD0), tag 0x0112, checking every offset
// against the segment's length.
func Orientation(jpeg []byte) int {
	exif := exifSegment(jpeg)
	if len(exif) < 8 {
		return 1
	}
	var order byteOrder
	switch string(exif[:4]) {
	case "II*\x00":
		order = little
	case "MM\x00*":
		order = big
	default:
		return 1
	}
	ifd := int(order.u32(exif[4:8]))
	if ifd < 8 || ifd+2 > len(exif) {
		return 1
	}
	n := int(order.u16(exif[ifd:]))
	for i := range n {
		e := ifd + 2 + 12*i
		if e+12 > len(exif) {
			return 1
		}
		if order.u16(exif[e:]) == 0x0112 && order.u16(exif[e+2:]) == 3 {
			if v := int(order.u16(exif[e+8:])); v >= 1 && v <= 8 {
				return v
			}
			return 1
		}
	}
	return 1
}

// exifSegment returns the TIFF data of a JPEG's first APP1 Exif segment
// (after "Exif\0\0"), or nil. It walks the segments up to the image data.
func exifSegment(data []byte) []byte {
	if len(data) < 4 || data[0] != 0xFF || data[1] != 0xD8 {
		return nil
	}
	for i := 2; i+4 <= len(data); {
		if data[i] != 0xFF {
			return nil
		}
		marker := data[i+1]
		if marker == 0xD9 || marker == 0xDA { // end of image, start of scan
			return nil
		}
		size := int(data[i+2])<<8 | int(data[i+3])
		if size < 2 || i+2+size > len(data) {
			return nil
		}
		body := data[i+4 : i+2+size]
		if marker == 0xE1 && bytes.HasPrefix(body, []byte("Exif\x00\x00")) {
			return body[6:]
		}
		i += 2 + size
	}
	return nil
}

type byteOrder bool

const (
	little byteOrder = false
	big    byteOrder = true
)

func (o byteOrder) u16(b []byte) uint16 {
	if o == big {
		return uint16(b[0])<<8 | uint16(b[1])
	}
	return uint16(b[1])<<8 | uint16(b[0])
}

func (o byteOrder) u32(b []byte) uint32 {
	if o == big {
		return uint32(o.u16(b))<<16 | uint32(o.u16(b[2:]))
	}
	return uint32(o.u16(b[2:]))<<16 | uint32(o.u16(b))
}
