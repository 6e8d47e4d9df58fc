package metadata

import (
	"strings"
	"testing"
	"unicode/utf16"
)

// encode16 writes s as UTF-16, little- or big-endian, with or without a
// byte-order mark.
func encode16(s string, big, bom bool) []byte {
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if big {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestUTF16(t *testing.T) {
	text := "title: Größer ist nicht immer besser\ndate: 2024-03-05\n"
	for _, big := range []bool{false, true} {
		for _, bom := range []bool{false, true} {
			if data := encode16(text, big, bom); !UTF16(data) {
				t.Errorf("UTF-16 (big-endian %v, mark %v) not recognised: % x", big, bom, data[:8])
			}
		}
	}
	for name, data := range map[string][]byte{
		"UTF-8":           []byte(text),
		"UTF-8 with mark": []byte("\ufeff" + text),
		"empty":           nil,
		"short":           {'a', 0, 'b', 0},
		"PNG":             []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"),
		"some zeros":      []byte(strings.Repeat("ab\x00c", 16)),
	} {
		if UTF16(data) {
			t.Errorf("%s taken for UTF-16", name)
		}
	}
}

func TestParseRefusesUTF16(t *testing.T) {
	_, problems := Parse("content/tandems/t01.yaml", encode16("round: r1\n", true, false), 0)
	if len(problems) != 1 || problems[0].Pos.String() != "content/tandems/t01.yaml:1:1" || !strings.Contains(problems[0].Msg, "UTF-16") {
		t.Errorf("got %v, want one problem at 1:1 saying UTF-16", problems)
	}
}
