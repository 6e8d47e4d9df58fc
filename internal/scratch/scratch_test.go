package scratch

import "testing"

// TestName checks each kind of leftover and the names just beside them
// that an author may well write.
func TestName(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		want bool
	}{
		{"index.md", false},
		{"foto.jpg", false},
		{".post.md.swp", true},
		{"post.md.swp", true},
		{"post.md.swo", true},
		{"post.md.swx", true},
		{"post.md.swz", false},
		{"post.md~", true},
		{"4913", true},
		{"5036", true},
		{"4914", false},
		{"04913", false},
		{"2026", false},
		{"post.md___jb_tmp___", true},
		{"post.md___jb_old___", true},
		{"post.md.vsctmp", true},
		{"post.md.kate-swp", true},
		{"#post.md#", true},
		{"#", false},
		{"##", false},
		{"#tag.md", false},
		{".#post.md", true},
		{"Thumbs.db", true},
		{"thumbs.db", true},
		{"ehthumbs.db", true},
		{"desktop.ini", true},
		{"Desktop.ini", true},
		{"desktop.ini.md", false},
		{"thumbs.dbx", false},
		{".DS_Store", true},
		{"._foto.jpg", true},
		{".~lock.bericht.odt#", true},
		{"swap.md", false},
		{"lock.md", false},
	}
	for _, tc := range tests {
		if got := Name(tc.name); got != tc.want {
			t.Errorf("Name(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
