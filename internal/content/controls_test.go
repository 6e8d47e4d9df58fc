package content

import "testing"

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
