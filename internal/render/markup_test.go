package render

import (
	"html/template"
	"math/rand/v2"
	"strings"
	"testing"
)

// hostileTexts need every kind of escaping html/template does in text,
// attributes and addresses.
var hostileTexts = []string{
	"", "plain", `a "quoted" <b>bold</b> & 'single' + plus`, "nul\x00byte", "ümlaut ß – …",
	"javascript:alert(1)", "JavaScript:x", "mailto:a@b.example", "HTTPS://x.example/a?b=c&d=e#f",
	"data:text/html,<x>", "/posts/a b/(c)'d'/", "posts/x:y/", "a%20b%zz%4", "%", "%4", "bad\xff\xfeutf8",
	"tab\tnew\nline\rret", "`back` {brace} |pipe| ^caret^ \\slash", "[]!$*,;=?@~-._", "\u2028\ufdd0\ufffe",
}

// TestMarkupAsTemplate holds markup's printing of a value against
// html/template's at the same place, for hostile and random strings.
func TestMarkupAsTemplate(t *testing.T) {
	t.Parallel()
	tmpl := template.Must(template.New("").Parse(`<title>{{.}}</title><p title="{{.}}">{{.}}</p><a href="{{.}}">`))
	texts := append([]string(nil), hostileTexts...)
	rnd := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		b := make([]byte, rnd.IntN(12))
		for i := range b {
			b[i] = byte(rnd.IntN(256))
			if rnd.IntN(2) == 0 {
				b[i] = "ab:/%+&<>\"'0F? #"[rnd.IntN(16)]
			}
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		var want strings.Builder
		if err := tmpl.Execute(&want, s); err != nil {
			t.Fatal(err)
		}
		var m markup
		m.raw("<title>")
		m.text(s)
		m.raw(`</title><p title="`)
		m.text(s)
		m.raw(`">`)
		m.text(s)
		m.raw(`</p><a href="`)
		m.url(s)
		m.raw(`">`)
		if got := string(m.html()); got != want.String() {
			t.Errorf("%q:\n got %s\nwant %s", s, got, want.String())
		}
	}
}

// oldHead is the <head> of base.html that Page.HeadMeta replaces.
const oldHead = `<title>{{.HeadTitle}}</title>
{{- with .MetaDescription}}
<meta name="description" content="{{.}}">{{end}}
{{- if .NoIndex}}
<meta name="robots" content="noindex">{{end}}
<meta name="generator" content="tandem">
{{- with .Canonical}}
<link rel="canonical" href="{{.}}">{{end}}
<meta property="og:type" content="{{if .Post}}article{{else}}website{{end}}">
<meta property="og:title" content="{{.ShareTitle}}">
{{- with .MetaDescription}}
<meta property="og:description" content="{{.}}">{{end}}
<meta property="og:site_name" content="{{.Programme.Title}}">
{{- with .Post}}{{with .Image}}
<meta property="og:image" content="{{or .Abs .Src}}">
<meta property="og:image:width" content="{{.Width}}">
<meta property="og:image:height" content="{{.Height}}">{{end}}{{end}}
{{- if and .Programme.BaseURL .Canonical}}
<meta property="og:url" content="{{.Canonical}}">{{end}}`

// TestHeadMetaAsTemplate holds Page.HeadMeta against the template it
// replaces, on pages with and without each optional part.
func TestHeadMetaAsTemplate(t *testing.T) {
	t.Parallel()
	tmpl := template.Must(template.New("").Parse(oldHead))
	for i, s := range hostileTexts {
		for variant := range 8 {
			p := &Page{Title: s, URL: s, Description: s, Kind: "tag", Programme: ProgrammeView{Title: "Tandem " + s, Description: s}}
			p.NoIndex = variant&1 != 0
			if variant&2 != 0 {
				p.Post = &PostView{}
				if i%2 == 0 {
					p.Post.Image = &ImageView{Src: s + "/a.jpg", Abs: s, Width: i, Height: 2 * i}
				}
			}
			if variant&4 != 0 {
				p.Programme.BaseURL = "https://x.example/" + s
				p.Kind = "404"
			}
			p.headFacts()
			var want strings.Builder
			if err := tmpl.Execute(&want, p); err != nil {
				t.Fatal(err)
			}
			if got := string(p.headMeta()); got != want.String() {
				t.Errorf("%q variant %d:\n got %s\nwant %s", s, variant, got, want.String())
			}
		}
	}
}
