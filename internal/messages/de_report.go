package messages

// reportDE lists the German entries for the messages of the report's
// inputs: goals with a state and entries of either form
// (internal/metadata, internal/programme), a round's survey and events.
func reportDE() []entry {
	return []entry{
		{"each entry of %q must be text or fields, found %s", "Jeder Eintrag von %q muss Text oder Felder sein, gefunden: %s"},
		{"write each entry as text after \"- \", or as fields such as text: and status:",
			"Schreibe jeden Eintrag als Text nach „- “ oder als Felder wie text: und status:"},
		{"%q must be a number, found %s", "%q muss eine Zahl sein, gefunden: %s"},
		{"write a number like 4.2", "Schreibe eine Zahl wie 4.2"},
		{"a goal", "Ein Ziel"},
		{"an event", "Ein Termin"},
		{"the event %q lies outside its round (%s to %s)", "Der Termin %q liegt außerhalb seiner Runde (%s bis %s)"},
		{"check the date, or move the event to the round it belongs to", "Prüfe das Datum oder verschiebe den Termin in die Runde, zu der er gehört"},
		{"the survey has no field %q", "Die Umfrage hat kein Feld %q"},
		{"a survey holds aggregate numbers only: %s", "Eine Umfrage enthält nur zusammengefasste Zahlen: %s"},
		{"responses cannot be %d", "responses kann nicht %d sein"},
		{"write how many people answered, at most as many as were invited",
			"Schreibe, wie viele Personen geantwortet haben, höchstens so viele wie eingeladen waren"},
		{"scale must be between 2 and 100, found %d", "scale muss zwischen 2 und 100 liegen, gefunden: %d"},
		{"write the top of the scale, e.g. 5 for answers from 1 to 5", "Schreibe den höchsten Wert der Skala, z. B. 5 für Antworten von 1 bis 5"},
		{"satisfaction %v is not on the scale", "Die Zufriedenheit %v liegt nicht auf der Skala"},
		{"write the mean answer on the scale from 1 to %d", "Schreibe den Mittelwert der Antworten auf der Skala von 1 bis %d"},
		{"nps cannot be %v", "nps kann nicht %v sein"},
		{"a net promoter score is a whole number from -100 to 100", "Ein Net Promoter Score ist eine ganze Zahl von -100 bis 100"},

		{"count every post, held-back ones too (the unpublished column says how many); default: published posts only",
			"jeden Beitrag zählen, auch zurückgehaltene (die Spalte unpublished sagt, wie viele); Standard: nur veröffentlichte"},
		{"csv (one row per tandem) or json", "csv (eine Zeile je Tandem) oder json"},
		{"name people by stable pseudonyms (P01, P02, …) instead of their names", "Personen mit festen Pseudonymen (P01, P02, …) statt mit ihren Namen nennen"},
		{"no report was written", "es wurde kein Bericht geschrieben"},
		{"only this round (default: every round, oldest first)", "nur diese Runde (Standard: alle Runden, die älteste zuerst)"},
		{"tandem report: --format %q is not a format; use csv or json", "tandem report: --format %q ist kein Format; nimm csv oder json"},
		{"tandem report: there is no round %q", "tandem report: Es gibt keine Runde %q"},
		{"the day the figures are made for (default: now)", "der Tag, für den die Zahlen gelten (Standard: jetzt)"},
		{"write a round's figures, one row per tandem, as CSV or JSON (published posts only)",
			"die Zahlen einer Runde schreiben, eine Zeile je Tandem, als CSV oder JSON (nur veröffentlichte Beiträge)"},
	}
}
