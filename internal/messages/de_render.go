package messages

// renderDE lists the German entries for the messages of rendering pages
// (internal/render). Errors of Go's template engine stay as it words them.
func renderDE() []entry {
	return []entry{
		{"cannot convert the Markdown: %v", "Das Markdown kann nicht umgewandelt werden: %v"},
		{"split the post, or write out what tables and references repeat",
			"Teile den Beitrag auf oder schreibe aus, was Tabellen und Referenzen wiederholen"},
		{"fix the theme template", "Korrigiere das Template des Themes"},
		{"fix the theme's post-card template", "Korrigiere das Template für die Beitragskarten des Themes"},
		{"%s (rendering the site header, footer or head)", "%s (beim Rendern von Kopf, Fuß oder head der Website)"},
		{"an {{if}}, {{range}}, {{with}}, {{block}} or {{define}} above is not closed with {{end}}",
			"Ein {{if}}, {{range}}, {{with}}, {{block}} oder {{define}} weiter oben wird nicht mit {{end}} geschlossen"},
		{"%s: .Site is gone: templates get only their page's view. The programme's facts are in .Programme, the page's posts in .Posts (cards), the rounds, tags and authors in .Rounds, .Tags and .Authors on the overview pages, every shown post in .AllPosts; a production build has no held-back posts",
			"%s: .Site gibt es nicht mehr: Templates bekommen nur die Sicht ihrer Seite. Die Angaben zum Programm stehen in .Programme, die Beiträge der Seite in .Posts (Karten), Runden, Schlagwörter und Autor·innen auf den Übersichtsseiten in .Rounds, .Tags und .Authors, jeder gezeigte Beitrag in .AllPosts; ein Produktions-Build hat keine zurückgehaltenen Beiträge"},
		{"%s: %s has no field %s; %s", "%s: %s hat kein Feld %s; %s"},
		{"%s (rendering %s)", "%s (beim Rendern von %s)"},
		{"%s (rendering %s and %d more)", "%s (beim Rendern von %s und %d weiteren)"},
		{"add %s: … to %s", "Füge %s: … in %s hinzu"},
		{"the UI string %q is not in the theme's i18n/%s.yaml; the page shows %s",
			"Der UI-Text %q steht nicht in i18n/%s.yaml des Themes; die Seite zeigt %s"},
		{"the key itself", "den Schlüssel selbst"},
		{"nothing", "nichts"},
		{"the card of %s", "der Karte von %s"},
	}
}
