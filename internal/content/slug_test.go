package content

import "testing"

func TestSlugify(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Rückblick", "rueckblick"},
		{"Größer denken", "groesser-denken"},
		{"Straße", "strasse"},
		{"ÄÖÜ äöü ß", "aeoeue-aeoeue-ss"},
		{"Erste Schritte!", "erste-schritte"},
		{"  -Leer-  ", "leer"},
		{"a - b", "a-b"},
		{"a.b", "a-b"},
		{"..", ""},
		{"../x", "x"},
		{"", ""},
		{"!!!", ""},
		{"Q&A", "qunda"},
		{"2024", "2024"},
		{"TikTok", "tiktok"},
		{"snake_case", "snake-case"},
		{"_x__y_", "x-y"},
		{"x_-_y", "x-y"},
		{"_", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			if got := Slugify(tt.in); got != tt.want {
				t.Errorf("Slugify(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTrimDate(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"2024-03-05-Rückblick", "Rückblick"},
		{"2024-03-05-a", "a"},
		{"2024-03-05-", "2024-03-05-"},
		{"2024-03-05", "2024-03-05"},
		{"2024-3-05-x", "2024-3-05-x"},
		{"20x4-03-05-x", "20x4-03-05-x"},
		{"2024_03_05-x", "2024_03_05-x"},
		{"start", "start"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			if got := trimDate(tt.in); got != tt.want {
				t.Errorf("trimDate(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
