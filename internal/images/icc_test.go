package images

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/tandem-mentoring/tandem/internal/images/imagestest"
)

// iccMarker is the text the test profile holds everywhere a profile
// holds text.
const iccMarker = "Lea Mustermanns MacBook"

// holdsMarker reports whether data holds any four letters of the
// marker in a row, in ASCII or in UTF-16, as an mluc tag keeps text.
func holdsMarker(data []byte) bool {
	for i := 0; i+4 <= len(iccMarker); i++ {
		var utf []byte
		for _, u := range utf16.Encode([]rune(iccMarker[i : i+4])) {
			utf = binary.BigEndian.AppendUint16(utf, u)
		}
		if bytes.Contains(data, []byte(iccMarker[i:i+4])) || bytes.Contains(data, utf) {
			return true
		}
	}
	return false
}

// TestScrubICC: a profile keeps its colour tags byte for byte (a curve
// three tags share, once) and loses every text: its description,
// copyright, device name, the header's maker, model and creator, and the
// bytes between and after its tags. Scrubbing twice changes nothing, and
// what is no profile gives nil.
func TestScrubICC(t *testing.T) {
	t.Parallel()
	p := imagestest.ICCProfile(iccMarker)
	if !holdsMarker(p) {
		t.Fatal("the test profile holds no marker")
	}
	got := ScrubICC(p)
	if got == nil || holdsMarker(got) || strings.Contains(string(got), "Copyright") {
		t.Fatalf("scrubbed: %q", got)
	}
	be := binary.BigEndian
	if be.Uint32(got[:4]) != uint32(len(got)) || string(got[36:40]) != "acsp" || string(got[12:24]) != "mntrRGB XYZ " {
		t.Errorf("the header is wrong: % x", got[:128])
	}
	tags := map[string][]byte{}
	offsets := map[string]uint32{}
	for i := range int(be.Uint32(got[128:132])) {
		e := got[132+12*i:]
		off, size := be.Uint32(e[4:]), be.Uint32(e[8:])
		tags[string(e[:4])], offsets[string(e[:4])] = got[off:off+size], off
	}
	for _, sig := range []string{"wtpt", "rTRC", "gTRC", "bTRC"} {
		if !bytes.Equal(tags[sig], tagOf(p, sig)) {
			t.Errorf("%s is %q, want %q", sig, tags[sig], tagOf(p, sig))
		}
	}
	if offsets["rTRC"] != offsets["gTRC"] || offsets["gTRC"] != offsets["bTRC"] {
		t.Errorf("the shared curve is copied: %v", offsets)
	}
	for _, sig := range []string{"desc", "cprt", "dmdd"} {
		if d := tags[sig]; len(d) < 8 || string(d[:4]) != string(tagOf(p, sig)[:4]) {
			t.Errorf("%s lost its type: %q", sig, d)
		}
	}
	if again := ScrubICC(got); !bytes.Equal(again, got) {
		t.Error("scrubbing twice changes the profile")
	}
	for _, bad := range [][]byte{nil, []byte("no profile"), p[:140], append(bytes.Clone(p[:128]), 0, 0, 0, 9)} {
		if ScrubICC(bad) != nil {
			t.Errorf("%q gives a profile", bad)
		}
	}
}

// tagOf is the data of the tag sig in the profile p.
func tagOf(p []byte, sig string) []byte {
	be := binary.BigEndian
	for i := range int(be.Uint32(p[128:132])) {
		e := p[132+12*i:]
		if string(e[:4]) == sig {
			off, size := be.Uint32(e[4:]), be.Uint32(e[8:])
			return p[off : off+size]
		}
	}
	return nil
}

// TestStripICC: a WebP keeps its ICC profile without its texts, still
// announced in its header; a GIF loses its profile; Metadata names both
// before and finds nothing after.
func TestStripICC(t *testing.T) {
	t.Parallel()
	icc := imagestest.ICCProfile(iccMarker)
	webp, gif := imagestest.WebPWithICC(icc), imagestest.GIFWithICC(t, icc)
	for name, data := range map[string][]byte{"webp": webp, "gif": gif} {
		if len(Metadata(data)) == 0 {
			t.Errorf("%s: Metadata finds nothing in the profile's texts", name)
		}
		out, err := Strip(data)
		if err != nil || holdsMarker(out) || len(Metadata(out)) > 0 {
			t.Errorf("%s: stripped %q (%v), metadata %q", name, out, err, Metadata(out))
		}
	}
	out, _ := Strip(webp)
	if !bytes.Contains(out, []byte("ICCP")) || out[20]&0x20 == 0 || binary.LittleEndian.Uint32(out[4:8]) != uint32(len(out)-8) {
		t.Errorf("the WebP lost its profile or its sizes are wrong: %q", out)
	}
	damaged := imagestest.WebPWithICC([]byte("no profile at all"))
	if _, err := Strip(damaged); err != ErrDamaged {
		t.Errorf("a WebP whose profile cannot be read: %v, want ErrDamaged", err)
	}
}
