package render

import (
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
