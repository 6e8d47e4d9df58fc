package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// mistakesSite holds the first hour's common mistakes (issue 18), one
// post or file each, in a site the German skeleton made.
func mistakesSite(t *testing.T) string {
	t.Helper()
	post := func(front, body string) string {
		return "---\ntitle: Treffen\ndate: 2024-02-05\ntandem: t01\nsummary: Gut.\n" + front + "---\n" + body
	}
	return writeSite(t, map[string]string{
		"content/programme.yaml":                    checkProgramme,
		"content/tandems/t01.yaml":                  "round: r1\nmentors: [ada]\nmentee: cleo\ngoals: [KI verstehen]\n",
		"content/posts/r1/2024-02-05-tags.md":       post("tags: Discord, Community\n", "Text.\n"),
		"content/posts/r1/2024-02-06-html.md":       post("slug: html\n", "Text.\n\n<div>Kasten</div>\n"),
		"content/posts/r1/2024-02-07-bild/index.md": post("slug: bild\n", "Text.\n\n![Foto](Foto vom Treffen.JPG)\n"),
		"content/posts/r1/2024-02-08-titel.md":      post("slug: titel\ntitel: Tippfehler\n", "Text.\n"),
		"content/posts/r1/2024-02-09-skelett.md":    post("slug: skelett\n", "Worum ging es beim Treffen? Schreibt hier zwei, drei Sätze als Einstieg.\n"),
		"content/posts/r1/2024-01-02-frueh.md":      strings.Replace(post("slug: frueh\n", "Text.\n"), "2024-02-05", "2024-01-02", 1),
		"content/mein-beitrag.md":                   post("", "Text.\n"),
		"content/posts/r1/notiz.txt":                "Text.\n",
	})
}

// TestMistakesInBothLanguages drives each mistake of the first hour
// through tandem check --preview and asserts its message, in English and
// in German, under the same language-independent code. (Missing images
// in serve: TestServeWarnsMissingImage; the overlay and its warnings:
// TestBrowserSpeaksSiteLanguage and internal/server's browser tests; an
// emptied file during a save: internal/watch's TestInPlaceSaveSplitByFlush;
// the diary-gap grace: internal/check's practice tests.)
func TestMistakesInBothLanguages(t *testing.T) {
	t.Parallel()
	dir := mistakesSite(t)
	tests := []struct {
		code   string
		en, de string
	}{
		{"list-as-text", `tags is one text, "Discord, Community", not a list of 2 / write a list: tags: [Discord, Community]`,
			`tags ist ein einziger Text, "Discord, Community", keine Liste mit 2 Einträgen / Schreibe eine Liste: tags: [Discord, Community]`},
		{"raw-html", "2024-02-06-html.md: raw HTML is left out of the page / write it in Markdown instead",
			"2024-02-06-html.md: Rohes HTML wird auf der Seite weggelassen / Schreibe es stattdessen in Markdown"},
		{"address-with-space", "bild/index.md: this address has a space in it, so Markdown shows the brackets as text instead of a link or image / put the address in angle brackets",
			"bild/index.md: Diese Adresse enthält ein Leerzeichen, darum zeigt Markdown die Klammern als Text statt eines Links oder Bildes / Setze die Adresse in spitze Klammern"},
		{"unknown-field", `a post has no field "titel"; it is ignored / did you mean "title"?`, `Ein Beitrag hat kein Feld "titel"; es wird ignoriert / Meintest du "title"?`},
		{"skeleton-leftover", `2024-02-09-skelett.md: this is still the skeleton's text: "Worum ging es`, `2024-02-09-skelett.md: Das ist noch der Text der Vorlage: "Worum ging es`},
		{"date-outside-round", "the post is dated 2024-01-02, before round r1 starts (2024-01-08 to 2024-06-28) / fix the date",
			"Der Beitrag ist auf den 2024-01-02 datiert, vor dem Beginn von Runde r1 (2024-01-08 bis 2024-06-28) / Korrigiere das Datum"},
		{"not-a-post", "content/mein-beitrag.md: this file is ignored: posts are read from content/posts/ only / move it into content/posts/",
			"content/mein-beitrag.md: Diese Datei wird ignoriert: Beiträge werden nur aus content/posts/ gelesen / Verschiebe sie nach content/posts/"},
		{"not-a-post", "notiz.txt: this file is ignored: it is neither a post nor in a post's bundle folder",
			"notiz.txt: Diese Datei wird ignoriert: Sie ist weder ein Beitrag noch liegt sie im Bundle-Ordner eines Beitrags"},
	}
	found := map[string]map[string][]string{} // language, code → messages and hints
	for _, lang := range []string{"en", "de"} {
		_, out, errs := runCmdEnv(t, []string{"TANDEM_LANG=" + lang}, "check", "--preview", "-s", dir, "--no-history", "--now", "2024-03-01", "--format", "json")
		var problems []struct {
			Code, Message, Hint, File string
		}
		if err := json.Unmarshal([]byte(out), &problems); err != nil {
			t.Fatalf("%s: %v\n%s\n%s", lang, err, out, errs)
		}
		found[lang] = map[string][]string{}
		for _, p := range problems {
			found[lang][p.Code] = append(found[lang][p.Code], p.File+": "+p.Message+" / "+p.Hint)
		}
	}
	for _, tt := range tests {
		for lang, want := range map[string]string{"en": tt.en, "de": tt.de} {
			if got := strings.Join(found[lang][tt.code], "\n"); !strings.Contains(got, want) {
				t.Errorf("%s, %s: %q lacks %q", lang, tt.code, got, want)
			}
		}
	}
}
