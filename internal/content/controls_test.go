package content

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// TestControlCharacters finds the first control character in a post at
// its line and column (counted in characters), and lets tabs, line
// breaks and every other character through.
func TestControlCharacters(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text, want string
	}{
		{"Grüße\tund\nÄrger – „gut“ 😀\n", ""},
		{"ab\x07c", "p.md:1:3: error: the text holds a control character (U+0007) here"},
		{"Zeile\nÄä\u0085", "p.md:2:3: error: the text holds a control character (U+0085) here"},
		{"x\x7f", "p.md:1:2: error: the text holds a control character (U+007F) here"},
		{"ok\n\n  \uffff", "p.md:3:3: error: the text holds a control character (U+FFFF) here"},
		{"\x1b[31m und \x00", "p.md:1:1: error: the text holds a control character (U+001B) here"},
	}
	for _, tt := range tests {
		got := ""
		if l := checkControls("p.md", []byte(tt.text)); len(l) > 0 {
			got = l[0].Pos.String() + ": error: " + l[0].Msg
		}
		if got != tt.want {
			t.Errorf("checkControls(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestControlsEightAtATime compares checkControls, which skips eight
// printable bytes at a time, with a byte-by-byte walk, on random texts
// mixing the bytes around the edges of printable ASCII with letters,
// UTF-8 and C1 controls.
func TestControlsEightAtATime(t *testing.T) {
	t.Parallel()
	pieces := []string{"a", "Z", " ", "~", "\x7f", "\x1f", "\x20", "\n", "\t", "\x00", "\x80", "ä", "–", "\u0085", "\u009f", "\uffff", "😀", "abcdefgh"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := []byte(b.String())
		got := checkControls("p.md", text)
		at, found := firstControl(text)
		switch {
		case found != (len(got) == 1):
			t.Fatalf("checkControls(%q) = %v, but a control character is there: %t", text, got, found)
		case found && got[0].Pos != diag.At("p.md", text, at):
			t.Fatalf("checkControls(%q) reports %v, the first control character is at %v", text, got[0].Pos, diag.At("p.md", text, at))
		}
	}
}

// firstControl finds the first control character rune by rune.
func firstControl(data []byte) (at int, found bool) {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if isControl(r) {
			return i, true
		}
		i += size
	}
	return 0, false
}

func TestPrintableASCII(t *testing.T) {
	t.Parallel()
	for c := range 256 {
		for pos := range 8 {
			w := uint64(0x6161616161616161) // "aaaaaaaa"
			w = w&^(0xff<<(8*pos)) | uint64(c)<<(8*pos)
			if got, want := printableASCII(w), c >= 0x20 && c <= 0x7e; got != want {
				t.Errorf("byte %#x at %d: got %t, want %t", c, pos, got, want)
			}
		}
	}
}

// TestUnprintableFirst: the lowest byte unprintable marks is the first
// byte of the word that is not printable ASCII, whatever follows it
// (plainText goes on there), and it marks none in a word without one.
func TestUnprintableFirst(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(5, 6))
	for range 200000 {
		var word [8]byte
		for i := range word {
			word[i] = byte(rng.IntN(256))
			if rng.IntN(3) > 0 {
				word[i] = byte(0x20 + rng.IntN(0x5f)) // mostly printable, so the first other byte is anywhere
			}
		}
		first := 8
		for i, c := range word {
			if c < 0x20 || c > 0x7e {
				first = i
				break
			}
		}
		m := unprintable(binary.LittleEndian.Uint64(word[:]))
		if got := bits.TrailingZeros64(m) / 8; got != first {
			t.Fatalf("unprintable(% x) marks byte %d first, want %d", word, got, first)
		}
	}
}

// TestPlainTextAgrees: plainText, checkText's one pass, says a text is
// plain exactly when textProblems finds nothing in it, on random texts
// mixing printable ASCII with tabs and line breaks, NUL, DEL, C0 and C1
// controls, non-characters, bytes that are no UTF-8 (a byte-order mark
// of UTF-16, a rune cut short, a surrogate) and UTF-8 of every length.
func TestPlainTextAgrees(t *testing.T) {
	t.Parallel()
	pieces := []string{"a", "Z", " ", "~", "abcdefgh", "\n", "\t", "\r", "\x00", "\x1f", "\x7f", "\x80", "\xff\xfe", "\xfe\xff", "\xe2\x80", "\xed\xa0\x80", "\xc0\xaf",
		"ä", "–", "\ufffd", "\u0085", "\u009f", "\u00a0", "\ufffe", "\uffff", "😀"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := []byte(b.String())
		if plain, problems := plainText(text), textProblems("p.md", text); plain != (len(problems) == 0) {
			t.Fatalf("plainText(%q) = %t, but textProblems finds %v", text, plain, problems)
		}
	}
	for _, text := range []string{"", "plain text, ganz normal: äöü ß – 😀\n", "\ufeffnot after Normalize"} {
		if !plainText([]byte(text)) {
			t.Errorf("plainText(%q) = false, want true", text)
		}
	}
}
