package messages

// pluralEntry is a message whose words follow the number in its first
// argument: en, its id, is the English for any number but one ("%d files
// rewritten"), enOne the English for one; de and deOne the same in
// German. All four have the same placeholders.
type pluralEntry struct {
	en, enOne, de, deOne string
}

// plurals lists the plural messages. English and German both have one
// form for exactly 1 and another for every other number, which the
// catalogue selects (golang.org/x/text/feature/plural).
func plurals() []pluralEntry {
	return []pluralEntry{
		{"%d files rewritten", "%d file rewritten", "%d Dateien neu geschrieben", "%d Datei neu geschrieben"},
		{"tandem build: %d errors; nothing was written, %s is unchanged", "tandem build: %d error; nothing was written, %s is unchanged",
			"tandem build: %d Fehler; nichts wurde geschrieben, %s ist unverändert", "tandem build: %d Fehler; nichts wurde geschrieben, %s ist unverändert"},
		{"tandem check: %d warnings left out (--ignore %s)", "tandem check: %d warning left out (--ignore %s)",
			"tandem check: %d Warnungen ausgelassen (--ignore %s)", "tandem check: %d Warnung ausgelassen (--ignore %s)"},
		{"note: the site has %d errors; tandem build lists them", "note: the site has %d error; tandem build lists it",
			"Hinweis: Die Website hat %d Fehler; tandem build listet sie auf", "Hinweis: Die Website hat %d Fehler; tandem build listet ihn auf"},
		{"tandem check: %d posts held back from publication (not approved, or not yet due) were not checked; --preview checks them too",
			"tandem check: %d post held back from publication (not approved, or not yet due) was not checked; --preview checks it too",
			"tandem check: %d zurückgehaltene Beiträge (nicht freigegeben oder noch nicht fällig) wurden nicht geprüft; --preview prüft sie mit",
			"tandem check: %d zurückgehaltener Beitrag (nicht freigegeben oder noch nicht fällig) wurde nicht geprüft; --preview prüft ihn mit"},
	}
}
