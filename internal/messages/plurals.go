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
		{"%d warnings in other files; tandem check lists them", "%d warning in another file; tandem check lists it",
			"%d Warnungen in anderen Dateien; tandem check listet sie auf", "%d Warnung in einer anderen Datei; tandem check listet sie auf"},
		{"tandem build: %d errors; nothing was written, %s is unchanged", "tandem build: %d error; nothing was written, %s is unchanged",
			"tandem build: %d Fehler; nichts wurde geschrieben, %s ist unverändert", "tandem build: %d Fehler; nichts wurde geschrieben, %s ist unverändert"},
		{"tandem check: %d warnings left out (--ignore %s)", "tandem check: %d warning left out (--ignore %s)",
			"tandem check: %d Warnungen ausgelassen (--ignore %s)", "tandem check: %d Warnung ausgelassen (--ignore %s)"},
		{"note: the site has %d errors; tandem build lists them", "note: the site has %d error; tandem build lists it",
			"Hinweis: Die Website hat %d Fehler; tandem build listet sie auf", "Hinweis: Die Website hat %d Fehler; tandem build listet ihn auf"},
		{"tandem check: %d scheduled posts (approved, dated later) were checked, links included, as they will be published at their date",
			"tandem check: %d scheduled post (approved, dated later) was checked, links included, as it will be published at its date",
			"tandem check: %d geplante Beiträge (freigegeben, später datiert) wurden samt Links so geprüft, wie sie an ihrem Datum erscheinen",
			"tandem check: %d geplanter Beitrag (freigegeben, später datiert) wurde samt Links so geprüft, wie er an seinem Datum erscheint"},
		{"tandem check: %d posts held back from publication (not approved) had their front matter, photos and good practice checked, not their links; --preview checks those too",
			"tandem check: %d post held back from publication (not approved) had its front matter, photos and good practice checked, not its links; --preview checks those too",
			"tandem check: Bei %d zurückgehaltenen Beiträgen (nicht freigegeben) wurden Kopfbereich, Fotos und gute Praxis geprüft, nicht die Links; --preview prüft auch diese",
			"tandem check: Bei %d zurückgehaltenen Beitrag (nicht freigegeben) wurden Kopfbereich, Fotos und gute Praxis geprüft, nicht die Links; --preview prüft auch diese"},
	}
}
