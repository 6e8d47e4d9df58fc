package build

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/render"
	"golang.org/x/net/html"
)

// hostile is the text every field of the escaping test site carries,
// with the field's id after "<x-": markup, both quotes, an entity that
// must stay literal, the end of a script, of a CDATA section and the
// start of a comment.
func hostile(id string) string {
	return `<x-` + id + ` a='1'>"'&amp;</script>]]><!--`
}

// q quotes s for YAML.
func q(s string) string { return strconv.Quote(s) }

// hostileSite is a programme whose every text field is hostile. It has a
// published post, a draft sent back with a note, and a post "approved"
// by someone who is not a reviewer (so the reason names them).
func hostileSite(t *testing.T) fstest.MapFS {
	t.Helper()
	files := map[string]string{
		"content/programme.yaml": "title: " + q(hostile("PT")) + "\ndescription: " + q(hostile("PD")) +
			"\norganisation: " + q(hostile("PO")) + "\ncontact: {name: " + q(hostile("CN")) + ", email: " + q("a"+hostile("CE")+"@example.com") + "}" +
			"\ntopics: [" + q(hostile("PTOP")) + "]\nbase_url: https://intranet.example.com/m/\n" +
			"rounds:\n  - id: r1\n    title: " + q(hostile("RT")) + "\n    summary: " + q(hostile("RS")) + "\n    start: 2024-01-01\n    end: 2024-06-30\n" +
			"people:\n  ada: {name: " + q(hostile("NA")) + ", role: mentor, department: " + q(hostile("DA")) + "}\n" +
			"  cleo: {name: " + q(hostile("NC")) + ", role: mentee, department: " + q(hostile("DC")) + "}\n" +
			"  rita: {name: " + q(hostile("NR")) + ", role: reviewer}\nreviewers: [rita]\n",
		"content/tandems/t01.yaml": "round: r1\nmentors: [ada]\nmentee: cleo\ntopics: [" + q(hostile("TT")) + "]\ngoals: [" + q(hostile("TG")) + "]\ncadence: " + q(hostile("TC")) + "\n",
		"content/posts/b.md": "---\ntitle: " + q(hostile("T2")) + "\ndate: 2024-02-02\ntandem: t01\nreview:\n  changes_requested:\n    by: rita\n    at: 2024-02-03T10:00:00Z\n    note: " +
			q(hostile("RN")) + "\n---\nText\n",
		"content/posts/c.md": "---\ntitle: " + q(hostile("T3")) + "\ndate: 2024-02-03\ntandem: t01\nstatus: approved\nreview:\n  approved_by: " + q(hostile("AB")) +
			"\n  approved_at: 2024-02-04T10:00:00Z\n  digest: sha256:" + strings.Repeat("0", 64) + "\n---\nText\n",
	}
	front := "title: " + q(hostile("T1")) + "\ndate: 2024-02-01\ntandem: t01\nround: r1\nauthors: [ada, cleo]\ntags: [" + q(hostile("G1")) + "]\nsummary: " + q(hostile("S1")) + "\n"
	body := "Code: `" + hostile("C1") + "`\n\nAbsatz " + hostile("P1") + "\n"
	files["content/posts/a.md"] = strings.Replace(approvedPost(t, "content/posts/a.md", front, body), "ada\n  approved_at", "rita\n  approved_at", 1)
	site := fstest.MapFS{}
	for name, data := range files {
		site[name] = &fstest.MapFile{Data: []byte(data), Mode: 0o644}
	}
	return site
}

// TestHostileTextIsEscaped builds the hostile site for production and
// preview and parses every page, feed and sitemap: no marker may appear
// as markup, every marker that appears must decode to exactly what was
// written, and each field must show up somewhere.
func TestHostileTextIsEscaped(t *testing.T) {
	t.Parallel()
	always := []string{"PT", "PD", "PO", "CN", "PTOP", "RT", "RS", "NA", "DA", "NC", "DC", "TT", "TG", "TC", "T1", "G1", "S1", "C1"}
	tests := []struct {
		name    string
		preview bool
		want    []string // ids that must appear
	}{
		{"production", false, always},
		{"preview", true, append(slices.Clone(always), "T2", "RN", "T3", "AB")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, problems := compileFS(t, "hostile site", hostileSite(t), Options{Now: goldenNow, Preview: tt.preview})
			if c == nil {
				t.Fatal(problems.Err())
			}
			seen := map[string]bool{}
			for _, o := range c.Result.Outputs {
				checkRaw(t, o.Path, o.Data)
				switch path.Ext(o.Path) {
				case ".html":
					checkHTML(t, o.Path, o.Data, seen)
				case ".xml":
					checkXML(t, o.Path, o.Data, seen)
				case ".json":
					checkJSON(t, o.Path, o.Data, seen)
				default:
					t.Errorf("%s: no check for this kind of file", o.Path)
				}
			}
			for _, id := range tt.want {
				if !seen[id] {
					t.Errorf("the text of field %s appears nowhere, so its escaping was not tested", id)
				}
			}
		})
	}
}

// scriptElement is a theme's script element: a file of the site's
// assets, no text.
var scriptElement = regexp.MustCompile(`<script src="/m/assets/[a-z]+\.js" defer></script>`)

// checkJSON decodes a file of the search index and checks every string
// in it as text.
func checkJSON(t *testing.T, name string, data []byte, seen map[string]bool) {
	t.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Errorf("%s: %v", name, err)
		return
	}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			checkText(t, name, v, seen)
		case []any:
			for _, x := range v {
				walk(x)
			}
		case map[string]any:
			for k, x := range v {
				walk(k)
				walk(x)
			}
		}
	}
	walk(v)
}

// checkRaw looks at the bytes: no marker may open a tag, end a script or
// CDATA section, or open a comment.
func checkRaw(t *testing.T, name string, data []byte) {
	t.Helper()
	// goldmark leaves this comment where it drops raw HTML from a post.
	data = bytes.ReplaceAll(data, []byte("<!-- raw HTML omitted -->"), nil)
	// The search page loads its script; the element is the theme's.
	data = scriptElement.ReplaceAll(data, nil)
	for _, bad := range []string{"<x-", "</script>", "]]>", "<!--"} {
		if i := bytes.Index(data, []byte(bad)); i >= 0 {
			t.Errorf("%s: unescaped %q at byte %d: …%s…", name, bad, i, data[max(0, i-40):min(len(data), i+40)])
		}
	}
}

// checkText checks one decoded text: every marker in it is complete (as
// written, or as Go quotes it in a message), and records which fields it
// shows.
func checkText(t *testing.T, where, s string, seen map[string]bool) {
	t.Helper()
	for rest := s; ; {
		i := strings.Index(rest, "<x-")
		if i < 0 {
			return
		}
		rest = rest[i:]
		id, _, _ := strings.Cut(strings.TrimPrefix(rest, "<x-"), " ")
		quoted := strconv.Quote(hostile(id)) // messages name values with %q
		if !strings.HasPrefix(rest, hostile(id)) && !strings.HasPrefix(rest, quoted[1:len(quoted)-1]) && !shortened(rest, hostile(id)) {
			t.Errorf("%s: marker %s decodes to %q, want %q", where, id, rest[:min(len(rest), len(hostile(id)))], hostile(id))
		}
		seen[id] = true
		rest = rest[1:]
	}
}

// checkHTML parses a page: no element may come from a marker, and every
// text and attribute must decode to whole markers.
func checkHTML(t *testing.T, name string, data []byte, seen map[string]bool) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	for n := range doc.Descendants() {
		switch n.Type {
		case html.ElementNode:
			if strings.HasPrefix(n.Data, "x-") {
				t.Errorf("%s: a marker became the element <%s>", name, n.Data)
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "x-") || a.Key == "a" {
					t.Errorf("%s: a marker became the attribute %s on <%s>", name, a.Key, n.Data)
				}
				checkText(t, name+" <"+n.Data+" "+a.Key+">", a.Val, seen)
			}
		case html.TextNode:
			checkText(t, name+" text in <"+n.Parent.Data+">", n.Data, seen)
		case html.CommentNode:
			if strings.Contains(n.Data, "x-") {
				t.Errorf("%s: a marker opened a comment: %q", name, n.Data)
			}
		}
	}
}

// checkXML decodes a feed or sitemap strictly; text and attributes must
// decode to whole markers, and HTML carried in an Atom content element
// is checked as a page in turn.
func checkXML(t *testing.T, name string, data []byte, seen map[string]bool) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	var stack []xml.StartElement
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("%s: not well-formed XML: %v", name, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if strings.HasPrefix(tok.Name.Local, "x-") {
				t.Errorf("%s: a marker became the element <%s>", name, tok.Name.Local)
			}
			for _, a := range tok.Attr {
				checkText(t, name+" <"+tok.Name.Local+" "+a.Name.Local+">", a.Value, seen)
			}
			stack = append(stack, tok.Copy())
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) == 0 {
				continue // white space around the root element
			}
			el := stack[len(stack)-1]
			if el.Name.Local == "content" && attr(el, "type") == "html" {
				checkHTML(t, name+" content", tok, seen)
				continue
			}
			checkText(t, name+" <"+el.Name.Local+">", string(tok), seen)
		}
	}
}

func attr(el xml.StartElement, name string) string {
	for _, a := range el.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// TestFeedTextEqualsInput decodes the site feed and compares its texts
// with what the files say, field by field.
func TestFeedTextEqualsInput(t *testing.T) {
	t.Parallel()
	c, problems := compileFS(t, "hostile site", hostileSite(t), Options{Now: goldenNow})
	if c == nil {
		t.Fatal(problems.Err())
	}
	var feed struct {
		Title    string `xml:"title"`
		Subtitle string `xml:"subtitle"`
		Author   string `xml:"author>name"`
		Entries  []struct {
			Title    string   `xml:"title"`
			Summary  string   `xml:"summary"`
			Authors  []string `xml:"author>name"`
			Category []struct {
				Term string `xml:"term,attr"`
			} `xml:"category"`
		} `xml:"entry"`
	}
	i := slices.IndexFunc(c.Result.Outputs, func(o render.Output) bool { return o.Path == "feed.xml" })
	if i < 0 {
		t.Fatal("no feed.xml")
	}
	if err := xml.Unmarshal(c.Result.Outputs[i].Data, &feed); err != nil {
		t.Fatal(err)
	}
	if len(feed.Entries) != 1 {
		t.Fatalf("%d entries, want the one published post", len(feed.Entries))
	}
	e := feed.Entries[0]
	got := []string{feed.Title, feed.Subtitle, feed.Author, e.Title, e.Summary, strings.Join(e.Authors, "|"), e.Category[0].Term}
	want := []string{hostile("PT"), hostile("PD"), hostile("PO"), hostile("T1"), hostile("S1"), hostile("NA") + "|" + hostile("NC"), hostile("G1")}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("feed field %d decodes to %q, want %q", i, got[i], want[i])
		}
	}
}

// shortened tells whether text starts with marker cut short and ended
// with "…", as a <title> or meta description of at most so many
// characters shows a long one (render's headTitle).
func shortened(text, marker string) bool {
	cut, _, ok := strings.Cut(text, "…")
	return ok && len(cut) >= len("<x-PT") && strings.HasPrefix(marker, cut)
}
