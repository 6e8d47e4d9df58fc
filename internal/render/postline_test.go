package render

import (
	"html/template"
	"io/fs"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/themes"
)

// oldPostLine is the part of post.html that Page.PostLine and
// Page.PrevNext replace, between the <p> and its end and after the body.
const oldPostLine = `{{with .Post}}<time datetime="{{.DateISO}}">{{.DateText}}</time>
      {{- with .Authors}} · {{t "by"}} {{range $i, $a := .}}{{if $i}}, {{end}}{{if $a.Href}}<a href="{{$a.Href}}">{{$a.Name}}</a>{{else}}{{$a.Name}}{{end}}{{end}}{{end}}
      {{- with .Tandem}} · <a href="{{.Href}}">{{$.T.diary_of}} – {{.Name}}</a>{{else}}{{with .Round}} · <a href="{{.Href}}">{{.Name}}</a>{{end}}{{end}}
      {{- with .KindText}} · <span class="kind">{{.}}</span>{{end}}
      · {{t "reading_time" "n" .ReadMinutes}}|{{if or .Prev .Next}}
  <nav class="prevnext" aria-label="{{$.T.diary}}">
    {{with .Prev}}<a rel="prev" href="{{.Href}}"><span>{{$.T.previous}}</span> {{.Name}}</a>{{end}}
    {{with .Next}}<a rel="next" href="{{.Href}}"><span>{{$.T.next}}</span> {{.Name}}</a>{{end}}
  </nav>
  {{end}}{{end}}`

// TestPostLineAsTemplate holds Page.PostLine and Page.PrevNext against
// the template they replace, with hostile values, with and without each
// optional part, and with strings that lack the words they print.
func TestPostLineAsTemplate(t *testing.T) {
	t.Parallel()
	full := &Strings{text: map[string]string{"by": "von <b>", "diary_of": "Tagebuch & Co", "reading_time": "{n} Min. 'Lesezeit'",
		"diary": "Tage\"buch", "previous": "zurück+", "next": "weiter>"}}
	for _, str := range []*Strings{full, {text: map[string]string{}}} {
		tmpl := template.Must(template.New("").Funcs(template.FuncMap{"t": str.T}).Parse(oldPostLine))
		for i, s := range hostileTexts {
			for variant := range 32 {
				v := &PostView{DateISO: s, DateText: s + "!", ReadMinutes: i}
				if variant&1 != 0 {
					v.Authors = []Link{{Name: s, Href: s}, {Name: "Ann " + s}, {Name: "Bo", Href: "/people/bo/"}}
				}
				if variant&2 != 0 {
					v.Tandem = &Link{Name: s, Href: "/tandems/" + s}
				}
				if variant&4 != 0 {
					v.Round = &Link{Name: "Runde " + s, Href: s}
				}
				if variant&8 != 0 {
					v.KindText, v.Prev = s, &Link{Name: s, Href: s}
				}
				if variant&16 != 0 {
					v.Next = &Link{Name: "", Href: ""}
				}
				p := &Page{Post: v, T: str.text}
				var want strings.Builder
				if err := tmpl.Execute(&want, p); err != nil {
					t.Fatal(err)
				}
				if got := string(postLine(v, str) + "|" + prevNext(v, str.text)); got != want.String() {
					t.Errorf("%q variant %d:\n got %s\nwant %s", s, variant, got, want.String())
				}
			}
		}
	}
}

// TestCardMetaAsTemplate holds Card.Meta against the default theme's
// "post-meta" template, which it replaces in cards and which round pages
// still print (so the two cannot drift apart), as TestPostLineAsTemplate
// does.
func TestCardMetaAsTemplate(t *testing.T) {
	t.Parallel()
	partial, err := fs.ReadFile(themes.Default(), "templates/partials/post.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, str := range []*Strings{{text: map[string]string{"by": "von <b>"}}, {text: map[string]string{}}} {
		tmpl := template.Must(template.New("").Funcs(template.FuncMap{"t": str.T}).Parse(string(partial))).Lookup("post-meta")
		for _, s := range hostileTexts {
			for variant := range 8 {
				c := &Card{DateISO: s, DateText: s + "!"}
				if variant&1 != 0 {
					c.Authors = []Link{{Name: s, Href: s}, {Name: "Ann " + s}}
				}
				if variant&2 != 0 {
					c.Round = &Link{Name: "Runde " + s, Href: s}
				}
				if variant&4 != 0 {
					c.KindText = s
				}
				var want strings.Builder
				if err := tmpl.Execute(&want, c); err != nil {
					t.Fatal(err)
				}
				if got := string(cardMeta(c, str)); got != want.String() {
					t.Errorf("%q variant %d:\n got %s\nwant %s", s, variant, got, want.String())
				}
			}
		}
	}
}

// oldPostAside is the part of post.html that Page.PostAside replaces.
const oldPostAside = `{{with .Post}}<aside class="post-aside" aria-label="{{$.T.about_post}}">
  {{$.TandemAside}}
  {{with $.Diary}}
  <section aria-labelledby="aside-diary">
    <h2 id="aside-diary">{{$.T.more_from_diary}}</h2>
    <ul class="aside-list">{{$.DiaryItems}}</ul>
    {{with $.Tandem}}<p><a href="{{.Href}}">{{$.T.whole_diary}}</a></p>{{end}}
  </section>
  {{end}}
  {{with .Tags}}
  <section aria-labelledby="aside-tags">
    <h2 id="aside-tags">{{$.T.tags}}</h2>
    <ul class="tags">{{$.TagItems}}</ul>
  </section>
  {{end}}
</aside>{{end}}`

// TestPostAsideAsTemplate holds Page.PostAside against the template it
// replaces, as TestPostLineAsTemplate does.
func TestPostAsideAsTemplate(t *testing.T) {
	t.Parallel()
	tmpl := template.Must(template.New("").Parse(oldPostAside))
	words := map[string]string{"about_post": "Über <den> Beitrag", "more_from_diary": "Mehr & mehr", "whole_diary": "Alles 'da'", "tags": "Schlag+wörter"}
	for _, text := range []map[string]string{words, {}} {
		for _, s := range hostileTexts {
			for variant := range 16 {
				p := &Page{T: text, Post: &PostView{}, TandemAside: template.HTML("<section>" + s + "</section>")}
				if variant&1 != 0 {
					p.Diary, p.DiaryItems = []Link{{Name: s}}, template.HTML("<li>"+s+"</li>")
				}
				if variant&2 != 0 {
					p.Tandem = &TandemView{Href: s}
				}
				if variant&4 != 0 {
					p.Post.Tags, p.TagItems = []Link{{Name: s}}, template.HTML("<li>#"+s+"</li>")
				}
				if variant&8 != 0 {
					p.TandemAside = ""
				}
				var want strings.Builder
				if err := tmpl.Execute(&want, p); err != nil {
					t.Fatal(err)
				}
				if got := string(postAside(p)); got != want.String() {
					t.Errorf("%q variant %d:\n got %s\nwant %s", s, variant, got, want.String())
				}
			}
		}
	}
}
