package messages

// programmeDE lists the German entries for the messages of reading
// programme.yaml and the tandem files (internal/programme).
func programmeDE() []entry {
	return []entry{
		{"%q is not an absolute http(s) URL; %s", "%q ist keine absolute http(s)-URL; %s"},
		{"cannot read the programme: %v", "Das Programm kann nicht gelesen werden: %v"},
		{"run tandem in the site folder (the one holding content/), or pass -s DIR",
			"Starte tandem im Ordner der Website (dem mit content/) oder gib -s ORDNER an"},
		{"%q is not the name of a theme folder", "%q ist nicht der Name eines Theme-Ordners"},
		{"write the name of a folder in themes/, e.g. theme: plain", "Schreibe den Namen eines Ordners in themes/, z. B. theme: plain"},
		{"theme %q not found: there is no folder %s", "Theme %q nicht gefunden: Es gibt keinen Ordner %s"},
		{"create the folder %s beside content/ (it is layered over the default theme), or remove theme: to use the default",
			"Lege den Ordner %s neben content/ an (er wird über das Standard-Theme gelegt) oder entferne theme:, um das Standard-Theme zu verwenden"},
		{"page_size must be at least 1, found %d", "page_size muss mindestens 1 sein, gefunden: %d"},
		{"use a number of posts per page, e.g. 10", "Gib eine Zahl von Beiträgen pro Seite an, z. B. 10"},
		{"base_url must be an absolute http(s) URL, found %q", "base_url muss eine absolute http(s)-URL sein, gefunden: %q"},
		{"write a full address such as https://intranet.example.com/mentoring/",
			"Schreibe eine vollständige Adresse wie https://intranet.example.com/mentoring/"},
		{"round %q ends before it starts", "Runde %q endet, bevor sie beginnt"},
		{"swap start and end", "Vertausche start und end"},
		{"make content/tandems a real folder", "Mach content/tandems zu einem echten Ordner"},
		{"cannot read the tandems: %v", "Die Tandems können nicht gelesen werden: %v"},
		{"this name is not UTF-8 text; a tandem file is named by the tandem's id",
			"Dieser Name ist kein UTF-8-Text; eine Tandem-Datei heißt wie die ID des Tandems"},
		{"rename it to the tandem's id, e.g. t03.yaml (a-z, 0-9 and -)",
			"Benenne sie nach der ID des Tandems um, z. B. t03.yaml (a–z, 0–9 und -)"},
		{"cannot read the tandem file: %v", "Die Tandem-Datei kann nicht gelesen werden: %v"},
		{"tandem %q is also defined in %s", "Tandem %q ist auch in %s definiert"},
		{"delete or rename one of the two files", "Lösche eine der beiden Dateien oder benenne sie um"},
		{"use a JPEG quality from 1 to 100, e.g. 80", "Gib eine JPEG-Qualität von 1 bis 100 an, z. B. 80"},
		{"quality must be from 1 to 100, found %d", "quality muss zwischen 1 und 100 liegen, gefunden: %d"},
		{"write widths in pixels, e.g. widths: [480, 960, 1600]", "Gib Breiten in Pixeln an, z. B. widths: [480, 960, 1600]"},
		{"each width must be a whole number of pixels from 1 to %d, found %q",
			"Jede Breite muss eine ganze Zahl von Pixeln zwischen 1 und %d sein, gefunden: %q"},
		{"images.widths needs at least one width", "images.widths braucht mindestens eine Breite"},
		{"write the colour as a hex code in quotes, e.g. colour: \"#0b5cad\"", "Schreibe die Farbe als Hex-Code in Anführungszeichen, z. B. colour: \"#0b5cad\""},
		{"colour %q is not a colour like \"#0b5cad\"", "colour %q ist keine Farbe wie \"#0b5cad\""},
		{"name a picture (PNG, JPEG, SVG, WebP) in content/static/, e.g. %s: logo.png", "Nenne ein Bild (PNG, JPEG, SVG, WebP) in content/static/, z. B. %s: logo.png"},
		{"%s %q is not the name of a picture in content/static/", "%s %q ist nicht der Name eines Bildes in content/static/"},
		{"%s %q is not in content/static/", "%s %q liegt nicht in content/static/"},
	}
}
