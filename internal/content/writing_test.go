package content

import "testing"

// TestWritingMistakes: Markdown that does not come out as meant is a
// warning at its first place: raw HTML (left out of the page), an
// address with a space (shown as text), a list of tags or authors
// written as one text. Code, autolinks and titled links are left alone.
func TestWritingMistakes(t *testing.T) {
	t.Parallel()
	post := "---\ntitle: Treffen\ndate: 2024-03-05\nround: r1\nauthors: ada, ben\ntags: Discord, Community\n---\n" +
		"Wir haben <b>viel</b> gelernt.\n\n" + // 8
		"![Foto vom Treffen](Foto vom Treffen.JPG)\n\n" + // 10
		"Siehe <https://example.org/a> und <ada@example.org>, `<b>` und [Link](x.md \"Titel\").\n\n" + // 12
		"```html\n<div>im Code</div>\n```\n\n" + // 14–16
		"    <p>eingerückter Code</p>\n\n" + // 18
		"Noch ein <!-- Kommentar --> und [Plan](Plan B.pdf).\n" // 20
	_, problems := Parse("p.md", []byte(post))
	wantProblems(t, problems, []string{
		"p.md:5:10 list-as-text: authors is one text, \"ada, ben\", not a list of 2",
		"p.md:6:7 list-as-text: tags is one text, \"Discord, Community\", not a list of 2",
		"p.md:8:11 raw-html: raw HTML is left out of the page (here and on 1 more lines)",
		"p.md:10:19 address-with-space: this address has a space in it, so Markdown shows the brackets as text instead of a link or image (here and on 1 more lines)",
	})
	clean := "---\ntitle: Treffen\ndate: 2024-03-05\nround: r1\ntags: [Discord, Community]\n---\n" +
		"![Foto](<Foto vom Treffen.jpg>) und ![Bild](bild.png 'Titel') und a < b > c.\n"
	_, problems = Parse("q.md", []byte(clean))
	wantProblems(t, problems, nil)
}

// TestSpaceInTargetClearsOnlyWhatCannotMatch: the prefilter says no only
// where spacedTarget finds nothing, and says no to ordinary links.
func TestSpaceInTargetClearsOnlyWhatCannotMatch(t *testing.T) {
	for _, line := range []string{
		"![Foto](Foto vom Treffen.jpg)", "[a](b) und [c](d e)", "[a](b\te)", "[a](b \"Titel\")",
		"[a](<b c>)", "[a](b) (c d)", "]( x)", "[a](b)", "[a](../b/) [c](https://example.org/x)", "](",
		"[a](b(c d))", "[a](b", "[a](b c",
	} {
		matches := spacedTarget.MatchString(line)
		if matches && !spaceInTarget([]byte(line)) {
			t.Errorf("%q: spacedTarget matches, but spaceInTarget clears the line", line)
		}
	}
	for _, line := range []string{"[a](b)", "[a](../b/) und [c](https://example.org/x) (d e)", "kein Link ( a b )"} {
		if spaceInTarget([]byte(line)) {
			t.Errorf("%q: spaceInTarget lets an ordinary line through to the regular expression", line)
		}
	}
}
