package render

import (
	"html/template"
	"io/fs"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/themes"
)

// srcsetTexts need every case of html/template's srcset filter: safe and
// unsafe addresses, descriptors with and without other characters, empty
// sources, white space around and between.
var srcsetTexts = []string{
	"a.jpg 480w, b.jpg 800w", "/m/p/x-480.webp 480w,/m/p/x-960.webp 960w", "javascript:x 1x, b.jpg 2x", " a.jpg  2x ,",
	"a.jpg 1.5x", "a b c, ,", ",", "", "\ta.jpg\n2x\f,\rb.jpg", "HTTPS://x/a b.jpg 2x", "%zz%41 1x", "a.jpg 2x\x00", "ü.jpg 1x, b.jpg ü",
}

// TestPostCardAsTemplate: the default theme's live "post-card" and
// "state-badge" are the templates postCard makes in Go, so a renderer of
// the default theme makes its cards in Go, and postCard prints what those
// templates print, for hostile values in every field (srcsets that need
// every case of html/template's srcset filter among them). A theme with a
// "state-badge" or "post-card" of its own gets its templates' cards.
func TestPostCardAsTemplate(t *testing.T) {
	t.Parallel()
	r, err := New(themes.Default(), "de", "/m/", Images{})
	if err != nil {
		t.Fatal(err)
	}
	if !r.cardInGo {
		t.Fatal("the default theme's post-card or state-badge changed: postCard no longer makes its cards")
	}
	partial, err := fs.ReadFile(themes.Default(), "templates/partials/post.html")
	if err != nil {
		t.Fatal(err)
	}
	tmpl := template.Must(template.New("").Funcs(template.FuncMap{"t": r.strings.T}).Parse(string(partial))).Lookup("post-card")
	texts := append(append([]string(nil), hostileTexts...), srcsetTexts...)
	rnd := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		b := make([]byte, rnd.IntN(16))
		for i := range b {
			b[i] = "ab:/%,, \t1x9w.&\"<J"[rnd.IntN(18)]
		}
		texts = append(texts, string(b))
	}
	for i, s := range texts {
		for variant := range 16 {
			c := &Card{Title: s, Href: s, State: s, StateText: s + "?", Meta: template.HTML("<p>" + s + "</p>")}
			c.Unpublished = variant&1 != 0
			if variant&2 != 0 {
				c.Excerpt = "Auszug " + s
			}
			if variant&4 != 0 {
				c.Image = &ImageView{Src: s, Width: i, Height: -i, Srcset: s, Sizes: s}
			}
			if variant&8 != 0 {
				c.Image = &ImageView{Src: "/m/p/x.jpg", Srcset: "/m/p/x-" + s + ".jpg 480w, " + s}
			}
			var want strings.Builder
			if err := tmpl.Execute(&want, c); err != nil {
				t.Fatal(err)
			}
			if got := string(postCard(c)); got != want.String() {
				t.Errorf("%q variant %d:\n got %s\nwant %s", s, variant, got, want.String())
			}
		}
	}
	for _, own := range []string{"", `<span class="badge state-`, `<h3>`} {
		theme := themes.Default()
		if own != "" {
			theme = themeWithPartial(t, func(s string) string { return strings.Replace(s, own, `<i>own</i>`+own, 1) })
		}
		if r, err = New(theme, "de", "/m/", Images{}); err != nil {
			t.Fatal(err)
		}
		if r.cardInGo != (own == "") {
			t.Fatalf("own %q: cards made in Go %v", own, r.cardInGo)
		}
		c := &Card{Title: "A&B", Href: "/m/posts/a/", Unpublished: true, State: "draft", StateText: "Entwurf"}
		ps := newPosts(1)
		ps.cards[0] = c
		if problems := r.cardHTML(ps, &site.Site{}, []int{0}, make([]bool, 1)); len(problems) > 0 {
			t.Fatal(problems)
		}
		var want strings.Builder
		if err := r.pages["home"].ExecuteTemplate(&want, "post-card", c); err != nil {
			t.Fatal(err)
		}
		if string(c.HTML) != want.String() || strings.Contains(want.String(), "<i>own</i>") != (own != "") {
			t.Errorf("own %q: card %s, want %s", own, c.HTML, want.String())
		}
	}
}

// TestPostCardRedefinedElsewhere: a theme whose post.html is the
// default's but which redefines "state-badge", the helper "post-card"
// calls, in another file (the home page's template, another partial)
// gets its templates' cards, not postCard's.
func TestPostCardRedefinedElsewhere(t *testing.T) {
	t.Parallel()
	for _, file := range []string{"templates/home.html", "templates/partials/zz-own.html"} {
		theme := themeWithPartial(t, func(s string) string { return s }).(fstest.MapFS)
		var data []byte
		if old, ok := theme[file]; ok {
			data = old.Data
		}
		theme[file] = &fstest.MapFile{Data: append(data, `{{define "state-badge"}}<i>own</i>{{end}}`...)}
		r, err := New(theme, "de", "/m/", Images{})
		if err != nil {
			t.Fatal(err)
		}
		c := &Card{Title: "A", Href: "/m/posts/a/", Unpublished: true, State: "draft", StateText: "Entwurf"}
		ps := newPosts(1)
		ps.cards[0] = c
		if problems := r.cardHTML(ps, &site.Site{}, []int{0}, make([]bool, 1)); len(problems) > 0 {
			t.Fatal(problems)
		}
		if r.cardInGo || !strings.Contains(string(c.HTML), "<i>own</i>") {
			t.Errorf("%s redefines state-badge: cards made in Go %v, card %s", file, r.cardInGo, c.HTML)
		}
	}
}
