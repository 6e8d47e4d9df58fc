package content

import "testing"

func TestCountWords(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]int{
		"": 0, " ": 0, "eins": 1, " eins  zwei\n": 2, "a\tb\r\nc": 3, "Größe\u00a0und Übermut": 2, "x@y!  ?": 2, "\x00 \x7f": 2,
		"@ A ` a": 4, // bytes whose bit would be a space's 64 places up
	} {
		if got := CountWords([]byte(text)); got != want {
			t.Errorf("CountWords(%q) = %d, want %d", text, got, want)
		}
	}
}
