package messages

import (
	"fmt"
	"strings"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Catalog holds the translations of every message tandem prints. Build it
// once with New and share it: it is not changed after New returns.
type Catalog struct {
	b *catalog.Builder
	// plural holds the ids of the messages whose words follow a number
	// (plurals.go), which English prints through the catalogue too.
	plural map[string]bool
}

// entry is one message: its English format string (the id) and its German
// translation, with the same placeholders in the same order.
type entry struct {
	en, de string
}

// New builds the catalogue from the German tables.
func New() *Catalog {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for _, e := range german() {
		// SetString only fails for a malformed message, and a plain
		// string is never malformed.
		_ = b.SetString(language.German, e.en, e.de)
	}
	c := &Catalog{b: b, plural: map[string]bool{}}
	for _, e := range plurals() {
		// Set only fails for a malformed message; a selection over the
		// first argument with "=1" and "other" is well formed.
		_ = b.Set(language.English, e.en, plural.Selectf(1, "%d", "=1", e.enOne, "other", e.en))
		_ = b.Set(language.German, e.en, plural.Selectf(1, "%d", "=1", e.deOne, "other", e.de))
		c.plural[e.en] = true
	}
	return c
}

// german lists every German entry, table by table.
func german() []entry {
	var all []entry
	for _, table := range [][]entry{diagDE(), cliDE(), usageDE(), serverDE(), metadataDE(), contentDE(), programmeDE(),
		validateDE(), checkDE(), reviewDE(), changesDE(), historyDE(), teamDigestDE(), buildDE(), renderDE(), approvalDE(), scaffoldDE(), reportDE(), reportTextDE()} {
		all = append(all, table...)
	}
	return all
}

// Printer prints catalogue messages in one language. The zero Printer
// prints English. It is safe for concurrent use.
type Printer struct {
	p *message.Printer // nil for English
	// en prints English plural messages (plurals.go); nil in the zero
	// Printer, which prints their "other" form.
	en     *message.Printer
	plural map[string]bool
}

// Printer returns the printer for lang, a language tag ("de", "en-GB") or
// a locale ("de_DE.UTF-8"). German variants give German; anything else,
// "C" and "POSIX" included, gives English.
func (c *Catalog) Printer(lang string) Printer {
	if !IsGerman(lang) {
		return Printer{en: message.NewPrinter(language.English, message.Catalog(c.b)), plural: c.plural}
	}
	return Printer{p: message.NewPrinter(language.German, message.Catalog(c.b))}
}

// IsGerman reports whether lang, a language tag or a locale, names German.
func IsGerman(lang string) bool {
	tag, err := language.Parse(localeTag(lang))
	if err != nil {
		return false
	}
	base, _ := tag.Base()
	return base.String() == "de"
}

// localeTag turns a POSIX locale such as "de_DE.UTF-8@euro" into a
// language tag ("de-DE").
func localeTag(s string) string {
	s, _, _ = strings.Cut(s, ".")
	s, _, _ = strings.Cut(s, "@")
	return strings.ReplaceAll(s, "_", "-")
}

// Lang returns the language the command line speaks, from the environment
// read through getenv: TANDEM_LANG, else the first non-empty of LC_ALL,
// LC_MESSAGES and LANG, as the C library looks them up. It returns the
// value as found ("" when none is set); Catalog.Printer interprets it.
func Lang(getenv func(string) string) string {
	for _, name := range []string{"TANDEM_LANG", "LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			return v
		}
	}
	return ""
}

// German reports whether p prints German.
func (p Printer) German() bool { return p.p != nil }

// Lang returns the language p prints: "de" or "en".
func (p Printer) Lang() string {
	if p.German() {
		return "de"
	}
	return "en"
}

// Sprintf formats the message whose English format string is format, in
// p's language. English goes through fmt.Sprintf, so English output is
// the format itself filled in, byte for byte; German uses the catalogue
// entry and German number formatting (1.234), falling back to the English
// text for a message without entry. A plural message (plurals.go) takes
// the form its first argument asks for, in both languages ("1 file", "2
// files"); the zero Printer prints its "other" form.
func (p Printer) Sprintf(format string, args ...any) string {
	if p.p == nil {
		if p.en != nil && p.plural[format] {
			return p.en.Sprintf(format, args...)
		}
		return fmt.Sprintf(format, args...)
	}
	return p.p.Sprintf(format, args...)
}
