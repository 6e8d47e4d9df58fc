package messages

// cliDE lists the German entries for the command line's own lines
// (cmd/tandem): summaries and what a command did or left as it was.
func cliDE() []entry {
	return []entry{
		{"Built %d pages (%d files, %d posts shown, %d held back, %s) in %s → %s",
			"%d Seiten gebaut (%d Dateien, %d Beiträge gezeigt, %d zurückgehalten, %s) in %s → %s"},
		{"production", "Produktion"},
		{"preview", "Vorschau"},
		{"nothing was written; %s is unchanged", "Nichts wurde geschrieben; %s ist unverändert"},
		{"tandem build: %d error(s); nothing was written, %s is unchanged",
			"tandem build: %d Fehler; nichts wurde geschrieben, %s ist unverändert"},
		{"tandem check: %d warning(s) left out (--ignore %s)", "tandem check: %d Warnung(en) ausgelassen (--ignore %s)"},
		{"tandem check: %d post(s) held back from publication (not approved, or not yet due) were not checked; --preview checks them too",
			"tandem check: %d zurückgehaltene Beiträge (nicht freigegeben oder noch nicht fällig) wurden nicht geprüft; --preview prüft sie mit"},
		{"Serving %s at http://%s%s — press Ctrl-C to stop", "Zeige %s unter http://%s%s – beenden mit Strg+C"},
		{"the production site", "die Produktions-Website"},
		{"the preview", "die Vorschau"},
		{"The site has errors; fix them and save, the page reloads by itself.",
			"Die Website hat Fehler; korrigiere sie und speichere, dann lädt die Seite von selbst neu."},
		{"Built %d pages in %s", "%d Seiten gebaut in %s"},
		{"Stopped.", "Beendet."},
		{"%s  %s: errors, still serving the last good build", "%s  %s: Fehler, weiterhin wird der letzte gelungene Build gezeigt"},
		{"%s  %s → %s in %s", "%s  %s → %s in %s"},
		{"everything", "alles"},
		{"%s and %d more", "%s und %d weitere"},
		{"rebuilt, all pages reload", "neu gebaut, alle Seiten laden neu"},
		{"%d files rewritten", "%d Dateien neu geschrieben"},
		{"tandem %s: fix the problems above first; nothing was written",
			"tandem %s: Behebe zuerst die Probleme oben; nichts wurde geschrieben"},
		{"tandem init: stopped at the problem above", "tandem init: beim Problem oben angehalten"},
	}
}
