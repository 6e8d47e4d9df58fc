package messages

// serverDE lists the German entries for the dev server's own texts
// (internal/server): the error overlay and the page before the first
// good build.
func serverDE() []entry {
	return []entry{
		{"The site did not build: 1 problem", "Die Website wurde nicht gebaut: 1 Problem"},
		{"The site did not build: %s problems", "Die Website wurde nicht gebaut: %s Probleme"},
		{"Fix the files and save: this page updates by itself. It shows the last good build.",
			"Korrigiere die Dateien und speichere sie: Diese Seite aktualisiert sich von selbst. Sie zeigt den letzten gelungenen Build."},
		{"Dismiss", "Schließen"},
		{"The site built with 1 warning", "Die Website wurde gebaut, mit 1 Warnung"},
		{"The site built with %s warnings", "Die Website wurde gebaut, mit %s Warnungen"},
		{"And 1 warning, which does not stop the build:", "Dazu 1 Warnung, die den Build nicht aufhält:"},
		{"And %s warnings, which do not stop the build:", "Dazu %s Warnungen, die den Build nicht aufhalten:"},
		{"(no file)", "(keine Datei)"},
		{"tandem: no site yet", "tandem: noch keine Website"},
		{"No site yet", "Noch keine Website"},
		{"The first build has not succeeded. Its problems are listed over this page; fix them and save, and this tab loads the site by itself.",
			"Der erste Build ist nicht gelungen. Seine Probleme stehen über dieser Seite; korrigiere sie und speichere, dann lädt dieser Tab die Website von selbst."},
	}
}
