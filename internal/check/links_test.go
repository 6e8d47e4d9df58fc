package check

import (
	"testing"
)

var linkCodes = []string{"broken-link", "missing-image", "missing-file", "bad-link", "outside-base", "link-to-unpublished"}

func TestLinks(t *testing.T) {
	t.Parallel()
	const start = "content/posts/r1/2024-01-15-start.md"
	startPost := post("Start", "2024-01-15", "Los geht's.\n")
	tests := []struct {
		name    string
		files   map[string]string
		approve []string // posts to publish; the others are drafts
		preview bool
		want    string
	}{
		{
			name: "a clean site",
			files: map[string]string{
				start: startPost,
				"content/posts/r1/2024-02-01-zwei/index.md": post("Zwei", "2024-02-01",
					"Zurück zum [Start](../start/), zur [Runde](/mentoring/rounds/r1/) und\n"+
						"zur [Startseite](https://intranet.example.com/mentoring/).\n\n"+
						"![Tafel](tafel.png) ![Logo](/mentoring/img/logo.png) [extern](https://example.org/x)\n"+
						"[Mail](mailto:a@example.com) [Anker](#oben) [Feed](../../feed.xml) [Ohne Schrägstrich](../start)\n"),
				"content/posts/r1/2024-02-01-zwei/tafel.png": "png",
				"content/static/img/logo.png":                "png",
			},
			preview: true,
		},
		{
			name: "a link to no page",
			files: map[string]string{
				start:                                 startPost,
				"content/posts/r1/2024-02-01-zwei.md": post("Zwei", "2024-02-01", "Erst [hier](../stories/) lesen,\ndann [dort](../strat/).\n"),
			},
			preview: true,
			want: `content/posts/r1/2024-02-01-zwei.md:7:13: link "../stories/" leads to /mentoring/posts/stories/, which is not a page or file of the site
	hint: another post is at ../SLUG/ from a post (or /mentoring/posts/SLUG/); check the slug of the post you mean
content/posts/r1/2024-02-01-zwei.md:8:13: link "../strat/" leads to /mentoring/posts/strat/, which is not a page or file of the site
	hint: did you mean "../start/"?
`,
		},
		{
			name: "a link to another post's Markdown file names its page",
			files: map[string]string{
				start:                                 startPost,
				"content/posts/r1/2024-02-01-zwei.md": post("Zwei", "2024-02-01", "[a](2024-01-15-start.md) [b](../r1/2024-01-15-start.md#mitte)\n[c](2024-01-16-nicht-da.md)\n"),
			},
			preview: true,
			want: `content/posts/r1/2024-02-01-zwei.md:7:5: link "2024-01-15-start.md" leads to /mentoring/posts/zwei/2024-01-15-start.md, which is not a page or file of the site
	hint: link to the post's page, not its file: "../start/"
content/posts/r1/2024-02-01-zwei.md:7:30: link "../r1/2024-01-15-start.md#mitte" leads to /mentoring/posts/r1/2024-01-15-start.md, which is not a page or file of the site
	hint: link to the post's page, not its file: "../start/"
content/posts/r1/2024-02-01-zwei.md:8:5: link "2024-01-16-nicht-da.md" leads to /mentoring/posts/zwei/2024-01-16-nicht-da.md, which is not a page or file of the site
	hint: another post is at ../SLUG/ from a post (or /mentoring/posts/SLUG/); check the slug of the post you mean
`,
		},
		{
			name: "suggestions are written like the address",
			files: map[string]string{
				start:                                 startPost,
				"content/posts/r1/2024-02-01-zwei.md": post("Zwei", "2024-02-01", "[c](/mentoring/posts/strat/) [d](https://intranet.example.com/mentoring/posts/strat/)\n"),
			},
			preview: true,
			want: `content/posts/r1/2024-02-01-zwei.md:7:5: link "/mentoring/posts/strat/" leads to /mentoring/posts/strat/, which is not a page or file of the site
	hint: did you mean "/mentoring/posts/start/"?
content/posts/r1/2024-02-01-zwei.md:7:34: link "https://intranet.example.com/mentoring/posts/strat/" leads to /mentoring/posts/strat/, which is not a page or file of the site
	hint: did you mean "https://intranet.example.com/mentoring/posts/start/"?
`,
		},
		{
			name: "images missing from the bundle, in another case, and from a post without bundle",
			files: map[string]string{
				"content/posts/r1/2024-02-01-zwei/index.md":  post("Zwei", "2024-02-01", "![](foto.jpg)\n\n![Tafel](Tafel.PNG)\n"),
				"content/posts/r1/2024-02-01-zwei/tafel.png": "png",
				"content/posts/r1/2024-03-01-drei.md":        post("Drei", "2024-03-01", "Ein Bild: ![x](bild.png \"Titel\")\n"),
			},
			preview: true,
			want: `content/posts/r1/2024-02-01-zwei/index.md:7:5: image "foto.jpg" is missing: the site has no file /mentoring/posts/zwei/foto.jpg
	hint: put the image into the post's folder content/posts/r1/2024-02-01-zwei/, or into content/static/ and write its address from the site root
content/posts/r1/2024-02-01-zwei/index.md:9:10: image "Tafel.PNG" is missing: the site has no file /mentoring/posts/zwei/Tafel.PNG
	hint: did you mean "tafel.png"?
content/posts/r1/2024-03-01-drei.md:7:16: image "bild.png" is missing: the site has no file /mentoring/posts/drei/bild.png
	hint: turn the post into a bundle (a folder with the post as index.md and the image beside it), or put the image into content/static/ and write its address from the site root
`,
		},
		{
			name: "a link to a bundle file that is not published names the reason",
			files: map[string]string{
				"content/posts/r1/2024-02-01-zwei/index.md":              post("Zwei", "2024-02-01", "![Skizze](_skizze.png) [Plan](./entwurf/_alt/plan.pdf#s2)\n"),
				"content/posts/r1/2024-02-01-zwei/_skizze.png":           "png",
				"content/posts/r1/2024-02-01-zwei/entwurf/_alt/plan.pdf": "pdf",
			},
			preview: true,
			want: `content/posts/r1/2024-02-01-zwei/index.md:7:11: image "_skizze.png" is missing: the site has no file /mentoring/posts/zwei/_skizze.png
	hint: rename _skizze.png without the leading "_": a bundle's files and folders whose names start with "." or "_" are not published
content/posts/r1/2024-02-01-zwei/index.md:7:31: link "./entwurf/_alt/plan.pdf#s2" leads to /mentoring/posts/zwei/entwurf/_alt/plan.pdf, which is not a page or file of the site
	hint: rename _alt without the leading "_": a bundle's files and folders whose names start with "." or "_" are not published
`,
		},
		{
			name: "reference links are reported at their definition",
			files: map[string]string{
				start:                                 startPost,
				"content/posts/r1/2024-02-01-zwei.md": post("Zwei", "2024-02-01", "Siehe [Start][s] und [fehlt].\n\n[s]: ../start/\n[fehlt]:\n   <../fehlt/> \"Titel\"\n"),
			},
			preview: true,
			want: `content/posts/r1/2024-02-01-zwei.md:11:5: link "../fehlt/" leads to /mentoring/posts/fehlt/, which is not a page or file of the site
	hint: another post is at ../SLUG/ from a post (or /mentoring/posts/SLUG/); check the slug of the post you mean
`,
		},
		{
			name: "a link to a draft warns in the preview (production refuses it: see build)",
			files: map[string]string{
				start:                                 startPost,
				"content/posts/r1/2024-02-01-zwei.md": post("Zwei", "2024-02-01", "Siehe [Start](../start/) und [mich](../zwei/).\n"),
			},
			approve: []string{"content/posts/r1/2024-02-01-zwei.md"},
			preview: true,
			want: `content/posts/r1/2024-02-01-zwei.md:12:15: warning: link "../start/" in the published post "Zwei" leads to the post "Start" (content/posts/r1/2024-01-15-start.md), which is not published (draft): it will be a broken link when published unless "Start" is approved
	hint: approve content/posts/r1/2024-01-15-start.md, or remove the link until it is; a production build refuses it
`,
		},
		{
			name: "the base path left out, a same-host address and an invalid one",
			files: map[string]string{
				start: startPost,
				"content/posts/r1/2024-02-01-zwei.md": post("Zwei", "2024-02-01",
					"[a](/posts/start/) [b](https://intranet.example.com/mentoring/posts/nein/) [c](/anderswo/) [d](http://[::1/)\n"),
			},
			preview: true,
			want: `content/posts/r1/2024-02-01-zwei.md:7:5: warning: link "/posts/start/" leads to /posts/start/, outside the site, which lives below /mentoring/
	hint: did you mean "/mentoring/posts/start/"?
content/posts/r1/2024-02-01-zwei.md:7:24: link "https://intranet.example.com/mentoring/posts/nein/" leads to /mentoring/posts/nein/, which is not a page or file of the site
	hint: another post is at ../SLUG/ from a post (or /mentoring/posts/SLUG/); check the slug of the post you mean
content/posts/r1/2024-02-01-zwei.md:7:96: link "http://[::1/" is not a valid address
	hint: write a path such as ../other-post/ or a full address starting with https://; write spaces as %20
`,
		},
		{
			name: "a retrospective's links, shown on the round page too, are reported once",
			files: map[string]string{
				start: startPost,
				"content/posts/r1/2024-06-30-rueckblick.md": "---\ntitle: Rückblick\ndate: 2024-06-30\nround: r1\nkind: retrospective\n---\nWie [der Start](../start/) und [das](../fehlt/) war.\n",
			},
			preview: true,
			want: `content/posts/r1/2024-06-30-rueckblick.md:7:38: link "../fehlt/" leads to /mentoring/posts/fehlt/, which is not a page or file of the site
	hint: another post is at ../SLUG/ from a post (or /mentoring/posts/SLUG/); check the slug of the post you mean
`,
		},
		{
			name: "links in a site's templates, reported once",
			files: map[string]string{
				start:                                startPost,
				"content/programme.yaml":             testProgramme + "theme: eigen\n",
				"content/tandems/t02.yaml":           testTandem,
				"themes/eigen/templates/tandem.html": "{{define \"main\"}}\n<p>Mehr: <a href=\"{{.Base}}ueber-uns/\">über uns</a>\n<img src=\"{{.Base}}assets/fehlt.png\"></p>\n{{end}}\n",
			},
			preview: true,
			want: `themes/eigen/templates/tandem.html:2:28: link "/mentoring/ueber-uns/" leads to /mentoring/ueber-uns/, which is not a page or file of the site on 2 pages, e.g. /mentoring/tandems/t01/
	hint: fix the address in the template, or add the page or file it leads to (files go into content/static/)
themes/eigen/templates/tandem.html:3:20: image "/mentoring/assets/fehlt.png" is missing: the site has no file /mentoring/assets/fehlt.png on 2 pages, e.g. /mentoring/tandems/t01/
	hint: fix the address in the template, or add the page or file it leads to (files go into content/static/)
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			fsys := newSite(tt.files)
			for _, name := range tt.approve {
				approve(t, fsys, name)
			}
			for _, thorough := range []bool{false, true} {
				o := outline(t, fsys, tt.preview)
				got := lines(only(Run(fsys, o, Options{Now: testNow, Thorough: thorough}), linkCodes...))
				if got != tt.want {
					t.Errorf("thorough %t: got\n%s\nwant\n%s", thorough, got, tt.want)
				}
			}
		})
	}
}
