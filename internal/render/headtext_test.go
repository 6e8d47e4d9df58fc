package render

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSpacedOnce checks the shortcut of shortenText against what it
// stands for: a text it passes is the text strings.Fields and
// strings.Join would make of it.
func TestSpacedOnce(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\u00a0b", "a\u0085b", "Grüße aus Köln", "a \u2003b", "x y z", "  "} {
		count, ok := spacedOnce(s)
		if ok && count != utf8.RuneCountInString(s) {
			t.Errorf("spacedOnce(%q) counts %d characters, want %d", s, count, utf8.RuneCountInString(s))
		}
		if want := strings.Join(strings.Fields(s), " ") == s; ok != want {
			t.Errorf("spacedOnce(%q) = %v, want %v", s, ok, want)
		}
	}
}

func TestShortenText(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"kurz", 10, "kurz"},
		{" viel   Raum\n", 20, "viel Raum"},
		{"eins zwei drei vier", 12, "eins zwei…"},
		{"eins  zwei drei vier", 12, "eins zwei…"},
		{"Grüße aus Köln", 14, "Grüße aus Köln"},
	} {
		if got := shortenText(c.in, c.n); got != c.want {
			t.Errorf("shortenText(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}

// TestShortenTextAsBefore holds shortenText against the way it cut texts
// before it kept an already spaced text and cut without a conversion to
// runes, on hostile and random texts, invalid UTF-8 among them.
func TestShortenTextAsBefore(t *testing.T) {
	t.Parallel()
	before := func(s string, n int) string {
		s = strings.Join(strings.Fields(s), " ")
		if utf8.RuneCountInString(s) <= n {
			return s
		}
		cut := string([]rune(s)[:n-1])
		if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
			cut = cut[:i]
		}
		return strings.TrimRight(cut, " ,;:–-") + "…"
	}
	texts := append([]string(nil), hostileTexts...)
	rnd := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		b := make([]byte, rnd.IntN(40))
		for i := range b {
			const set = "ab  ,;:\t\xc3\xbc\xe2\x80\x93\xff-"
			b[i] = set[rnd.IntN(len(set))]
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		for _, n := range []int{2, 5, 12, 30} {
			if got, want := shortenText(s, n), before(s, n); got != want {
				t.Errorf("shortenText(%q, %d) = %q, before %q", s, n, got, want)
			}
		}
	}
}
