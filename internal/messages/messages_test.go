package messages

import "testing"

func TestLang(t *testing.T) {
	t.Parallel()
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"TANDEM_LANG": "en", "LC_ALL": "de_DE.UTF-8"}, "en"},
		{map[string]string{"LC_ALL": "de_DE.UTF-8", "LANG": "en_GB.UTF-8"}, "de"},
		{map[string]string{"LC_MESSAGES": "de_AT@euro", "LANG": "en_US"}, "de"},
		{map[string]string{"LANG": "de_CH.UTF-8"}, "de"},
		{map[string]string{"LANG": "C"}, "en"},
		{map[string]string{"LC_ALL": "POSIX", "LANG": "de_DE"}, "en"},
		{map[string]string{"LANG": "xx_YY"}, "en"},
		{map[string]string{}, "en"},
	}
	c := New()
	for _, tt := range tests {
		lang := Lang(func(k string) string { return tt.env[k] })
		if got := c.Printer(lang).Lang(); got != tt.want {
			t.Errorf("%v: %s (from %q), want %s", tt.env, got, lang, tt.want)
		}
	}
}

func TestPrinter(t *testing.T) {
	t.Parallel()
	c := New()
	de, en := c.Printer("de"), c.Printer("en")
	if got := de.Sprintf("the post is empty"); got != "Der Beitrag ist leer" {
		t.Errorf("German: %q", got)
	}
	if got := en.Sprintf("the post is empty"); got != "the post is empty" {
		t.Errorf("English: %q", got)
	}
	if got := de.Sprintf("%q is written twice (first on line %d)", "title", 3); got != `"title" steht zweimal da (zuerst in Zeile 3)` {
		t.Errorf("German with arguments: %q", got)
	}
	if got := de.Sprintf("no entry %d", 7); got != "no entry 7" {
		t.Errorf("a message without entry: %q, want its English", got)
	}
}

func TestPlaceholders(t *testing.T) {
	t.Parallel()
	got := placeholders("100%% of %s, %04X and %-3d %q%v")
	want := []string{"%s", "%04X", "%-3d", "%q", "%v"}
	if len(got) != len(want) {
		t.Fatalf("%v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%v, want %v", got, want)
		}
	}
}

// TestPlurals: a plural message takes the form its number asks for, in
// English and German; the zero Printer prints the "other" form.
func TestPlurals(t *testing.T) {
	t.Parallel()
	c := New()
	tests := []struct {
		p    Printer
		n    int
		want string
	}{
		{c.Printer("en"), 1, "1 file rewritten"},
		{c.Printer("en"), 2, "2 files rewritten"},
		{c.Printer("en"), 0, "0 files rewritten"},
		{c.Printer("de"), 1, "1 Datei neu geschrieben"},
		{c.Printer("de"), 3, "3 Dateien neu geschrieben"},
		{Printer{}, 1, "1 files rewritten"},
	}
	for _, tt := range tests {
		if got := tt.p.Sprintf("%d files rewritten", tt.n); got != tt.want {
			t.Errorf("%s, %d: %q, want %q", tt.p.Lang(), tt.n, got, tt.want)
		}
	}
	if got := c.Printer("en").Sprintf("tandem check: %d warnings left out (--ignore %s)", 1, "x"); got != "tandem check: 1 warning left out (--ignore x)" {
		t.Errorf("a plural with a second argument: %q", got)
	}
	if got := c.Printer("en").Sprintf("the post is empty"); got != "the post is empty" {
		t.Errorf("a plain message: %q", got)
	}
}
