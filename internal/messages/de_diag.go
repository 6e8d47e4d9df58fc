package messages

// diagDE lists the German entries for the words of printed problems and
// the messages of internal/diag.
func diagDE() []entry {
	return []entry{
		{"warning", "Warnung"},
		{"error", "Fehler"},
		{"hint", "Hinweis"},
		{"1 error", "1 Fehler"},
		{"%d errors", "%d Fehler"},
		{"1 warning", "1 Warnung"},
		{"%d warnings", "%d Warnungen"},
		{"this name is not UTF-8 text: byte 0x%02x after %q is not a character; tandem can neither read it nor make an address of it",
			"Dieser Name ist kein UTF-8-Text: Das Byte 0x%02x nach %q ist kein Zeichen; tandem kann ihn weder lesen noch eine Adresse daraus machen"},
		{"this name holds the control character %s after %q; a published file cannot be named so",
			"Dieser Name enthält das Steuerzeichen %s nach %q; so darf keine veröffentlichte Datei heißen"},
		{"rename it in its folder to a UTF-8 name, e.g. mv $'%s' '%s' (names written in an older encoding, such as Latin-1, look like this)",
			"Benenne die Datei in ihrem Ordner in einen UTF-8-Namen um, z. B. mv $'%s' '%s' (Namen in einer älteren Codierung wie Latin-1 sehen so aus)"},
		{"known: %s, … (%d in all)", "Bekannt: %s, … (%d insgesamt)"},
		{"known: %s", "Bekannt: %s"},
		{"did you mean %q?", "Meintest du %q?"},
		{"%d", "%d"}, // a Grouped number: x/text writes it the German way, 1.234
	}
}
