package render

import (
	"bytes"
	"testing"
)

func TestTrimTrailingSpace(t *testing.T) {
	cases := []struct{ in, want string }{
		{"a  \n b\t\n\n  \nc ", "a\n b\n\n\nc"},
		{"<p>x</p> \n<pre><code>keep  \n  this \n</code></pre>  \nz \n", "<p>x</p>\n<pre><code>keep  \n  this \n</code></pre>\nz\n"},
		{"<pre>a </pre><pre>b \nc </pre> \n", "<pre>a </pre><pre>b \nc </pre>\n"},
		{"", ""},
	}
	for _, c := range cases {
		if got := string(trimTrailingSpace([]byte(c.in))); got != c.want {
			t.Errorf("trimTrailingSpace(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestIndexPre(t *testing.T) {
	for _, s := range []string{"", "p", "<p", "<pr", "<pre", "pre<pre", "<p><pr><pre>", "x<pre", "<prep", "ppp<ppre<pre", "<Pre<pre"} {
		if got, want := indexPre([]byte(s)), bytes.Index([]byte(s), []byte("<pre")); got != want {
			t.Errorf("indexPre(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestHeadTitle(t *testing.T) {
	long := "Reverse Mentoring bei der Nordlicht Energie GmbH und ihren Töchtern"
	cases := []struct {
		title, site string
		own         bool
		want        string
	}{
		{"Tags", "Blog", true, "Tags – Blog"},
		{"Tags", "Blog", false, "Blog"},
		{"Page not found", long, true, "Page not found – Reverse Mentoring bei der Nordlicht Energie GmbH…"},
		{"A very long title of a post that fills most of the room a title has alone", "Blog", true,
			"A very long title of a post that fills most of the room a title has…"},
	}
	for _, c := range cases {
		got := headTitle(c.title, c.site, c.own)
		if got != c.want {
			t.Errorf("headTitle(%q, %q, %v) = %q, want %q", c.title, c.site, c.own, got, c.want)
		}
		if n := len([]rune(got)); n > maxTitle {
			t.Errorf("headTitle(%q) has %d characters", c.title, n)
		}
	}
}

// trimByLine is trimTrailingSpace as it was first written, line by line,
// the reference FuzzTrimTrailingSpace holds the one that cuts at <pre> to.
func trimByLine(b []byte) []byte {
	var out []byte
	inPre := false
	for i, line := range bytes.Split(b, []byte("\n")) {
		if i > 0 {
			out = append(out, '\n')
		}
		for rest, open := line, inPre; ; {
			mark := []byte("<pre")
			if open {
				mark = []byte("</pre>")
			}
			j := bytes.Index(rest, mark)
			if j < 0 {
				inPre = open
				break
			}
			rest, open = rest[j+len(mark):], !open
		}
		if !inPre {
			line = bytes.TrimRight(line, " \t")
		}
		out = append(out, line...)
	}
	return out
}

func FuzzTrimTrailingSpace(f *testing.F) {
	for _, s := range []string{"a  \n b\t\n\n  \nc ", "<pre> a \n b </pre> \n", "<pre\n</pre>\t\n<pre>", " \n\n\t", "x</pre> \n<pre  \n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := indexPre([]byte(s)), bytes.Index([]byte(s), []byte("<pre")); got != want {
			t.Errorf("indexPre(%q) = %d, want %d", s, got, want)
		}
		want := string(trimByLine([]byte(s)))
		if got := string(trimTrailingSpace([]byte(s))); got != want {
			t.Errorf("trimTrailingSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
