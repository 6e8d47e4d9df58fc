package search

import (
	"slices"
	"strings"
	"testing"
)

// germanCases are words as authors write them, their folding and their
// Snowball German stem. The stems agree with Snowball's own German
// output for the same words.
var germanCases = []struct{ word, folded, stem string }{
	{"Größe", "groesse", "gross"},
	{"Grösse", "groesse", "gross"},
	{"groesse", "groesse", "gross"},
	{"größer", "groesser", "gross"},
	{"Kundentelefon", "kundentelefon", "kundentelefon"},
	{"Kunden", "kunden", "kund"},
	{"Telefonate", "telefonate", "telefonat"},
	{"Mentorinnen", "mentorinnen", "mentorinn"},
	{"Mentoring", "mentoring", "mentoring"},
	{"Mentees", "mentees", "mente"},
	{"Arbeitsgruppe", "arbeitsgruppe", "arbeitsgrupp"},
	{"Arbeitsgruppen", "arbeitsgruppen", "arbeitsgrupp"},
	{"Häuser", "haeuser", "haus"},
	{"Hausaufgaben", "hausaufgaben", "hausaufgab"},
	{"Digitalisierung", "digitalisierung", "digitalisier"},
	{"Zusammenarbeit", "zusammenarbeit", "zusammenarbeit"},
	{"Veränderungen", "veraenderungen", "verander"},
	{"Erfahrungen", "erfahrungen", "erfahr"},
	{"freundlichkeit", "freundlichkeit", "freundlich"},
	{"möglich", "moeglich", "moglich"},
	{"Möglichkeiten", "moeglichkeiten", "moglich"},
	{"Ergebnisse", "ergebnisse", "ergebnis"},
	{"Kenntnisse", "kenntnisse", "kenntnis"},
	{"Bedeutung", "bedeutung", "bedeut"},
	{"aufeinanderfolgenden", "aufeinanderfolgenden", "aufeinanderfolg"},
	{"Kategorien", "kategorien", "kategori"},
	{"Feuer", "feuer", "feu"},
	{"abenteuerlich", "abenteuerlich", "abenteu"},
	{"Führungskräfte", "fuehrungskraefte", "fuhrungskraft"},
	{"Führung", "fuehrung", "fuhrung"},
	{"Barrierefreiheit", "barrierefreiheit", "barrierefrei"},
	{"Teams-Kanäle", "teams", "team"},
	{"Teams-Kanäle", "kanaele", "kanal"},
	{"Kanäle", "kanaele", "kanal"},
	{"Sitzungen", "sitzungen", "sitzung"},
	{"Abteilungen", "abteilungen", "abteil"},
	{"lernen", "lernen", "lern"},
	{"gelernt", "gelernt", "gelernt"},
	{"Lernenden", "lernenden", "lernend"},
	{"schnellsten", "schnellsten", "schnell"},
	{"Videokonferenz", "videokonferenz", "videokonferenz"},
	{"Besprechungen", "besprechungen", "besprech"},
	{"Straße", "strasse", "strass"},
	{"Strasse", "strasse", "strass"},
	{"Quelle", "quelle", "quell"},
	{"Ärger", "aerger", "arg"},
	{"Öffentlichkeit", "oeffentlichkeit", "offent"},
	{"Übungen", "uebungen", "ubung"},
}

// TestGermanWords folds and stems a German word list: "Größe", "Grösse"
// and "groesse" are one word, every inflection of a word one stem.
func TestGermanWords(t *testing.T) {
	for _, c := range germanCases {
		var got []string
		Words(c.word, func(w string) bool { got = append(got, w); return true })
		if !slices.Contains(got, c.folded) {
			t.Errorf("Words(%q) = %q, want %q among them", c.word, got, c.folded)
		}
		if stem := German(c.folded); stem != c.stem {
			t.Errorf("German(%q) = %q, want %q", c.folded, stem, c.stem)
		}
	}
}

// TestFold covers case, NFC and NFD, umlauts, ß and other accents.
func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Größe": "groesse", "GRÖSSE": "groesse", "Gro\u0308ße": "groesse", "groesse": "groesse",
		"Café": "cafe", "Cafe\u0301": "cafe", "ẞ": "ss", "ΟΔΟΣ": "οδοσ", "Ångström": "angstroem", "İstanbul": "istanbul",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWords splits on everything but letters, digits and marks, and
// leaves out single characters and overlong words.
func TestWords(t *testing.T) {
	text := "Teams-Kanäle, 2026: a " + strings.Repeat("x", MaxWord+1) + " Kunden\u00adtelefon don't"
	var got []string
	Words(text, func(w string) bool { got = append(got, w); return true })
	want := []string{"teams", "kanaele", "2026", "kunden", "telefon", "don"}
	if !slices.Equal(got, want) {
		t.Errorf("Words = %q, want %q", got, want)
	}
}

// TestEnglish stems English words for language en.
func TestEnglish(t *testing.T) {
	stem := StemmerFor("en")
	for in, want := range map[string]string{"running": "run", "accessibility": "access", "mentors": "mentor", "meetings": "meet"} {
		if got := stem(Fold(in)); got != want {
			t.Errorf("English(%q) = %q, want %q", in, got, want)
		}
	}
	if got := StemmerFor("de")("kunden"); got != "kund" {
		t.Errorf("German stemmer for de: kunden → %q", got)
	}
}

// TestSplit splits compounds against a vocabulary, with and without
// joints, and leaves alone what is not made of its words.
func TestSplit(t *testing.T) {
	vocab := map[string]bool{"kunden": true, "kunde": true, "telefon": true, "arbeit": true, "gruppe": true,
		"team": true, "leiter": true, "besprechung": true, "raum": true, "videokonferenz": true}
	in := func(w string) bool { return vocab[w] }
	for word, want := range map[string][]string{
		"kundentelefon":          {"kunden", "telefon"},
		"arbeitsgruppe":          {"arbeit", "gruppe"},
		"teamleiterbesprechung":  {"team", "leiter", "besprechung"},
		"besprechungsraum":       {"besprechung", "raum"},
		"telefon":                nil,
		"kundentelefonat":        nil,
		"videokonferenzsoftware": nil,
	} {
		if got := Split(word, in); !slices.Equal(got, want) {
			t.Errorf("Split(%q) = %q, want %q", word, got, want)
		}
	}
}
