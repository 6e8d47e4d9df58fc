package render

import (
	"html/template"
	"strings"
	"testing"
)

// oldPager is the default theme's "pager" template before
// Page.PagerHTML.
const oldPager = `{{with .Pager}}{{if gt .Total 1}}
<nav class="pager" aria-label="{{$.T.pagination}}">
  {{with .PrevURL}}<a rel="prev" href="{{$.Base}}{{.}}">← {{$.T.newer}}</a>{{end}}
  <span>{{t "page_of" "n" .Number "total" .Total}}</span>
  {{with .NextURL}}<a rel="next" href="{{$.Base}}{{.}}">{{$.T.older}} →</a>{{end}}
</nav>{{end}}{{end}}`

// TestPagerAsTemplate holds Page.PagerHTML against the template it
// replaces, with hostile addresses and words, as
// TestPostLineAsTemplate does.
func TestPagerAsTemplate(t *testing.T) {
	t.Parallel()
	full := &Strings{text: map[string]string{"pagination": "Seiten <&>", "newer": "neuer'", "older": "älter+", "page_of": "Seite {n} von {total} \"x\""}}
	for _, str := range []*Strings{full, {text: map[string]string{}}} {
		tmpl := template.Must(template.New("").Funcs(template.FuncMap{"t": str.T}).Parse(oldPager))
		for _, s := range hostileTexts {
			for variant := range 8 {
				p := &Page{T: str.text, Base: "/" + s}
				if variant&1 != 0 {
					p.Base = s
				}
				if variant != 0 {
					p.Pager = &Pager{Number: 2, Total: variant % 3, PrevURL: s + "/page/1/"}
				}
				if variant&4 != 0 {
					p.Pager.NextURL, p.Pager.Total = s, 3
				}
				var want strings.Builder
				if err := tmpl.Execute(&want, p); err != nil {
					t.Fatal(err)
				}
				if got := string(pagerNav(p, str)); got != want.String() {
					t.Errorf("%q variant %d:\n got %s\nwant %s", s, variant, got, want.String())
				}
			}
		}
	}
}
