package synthetic

// vocabulary is the raw material of the made-up German text. It is built
// once per generated site (newVocabulary), so the package keeps no state.
type vocabulary struct {
	nouns, verbs, finite, adjectives, adverbs, subjects []string
	connectors, prepositions, topics, departments       []string
	firstNames, lastNames                               []string
}

func newVocabulary() *vocabulary {
	return &vocabulary{
		nouns: nouns(), verbs: verbs(), finite: finiteVerbs(), adjectives: adjectives(), adverbs: adverbs(),
		subjects: subjects(), connectors: connectors(), prepositions: prepositions(), topics: topicNames(),
		departments: departments(), firstNames: firstNames(), lastNames: lastNames(),
	}
}

func nouns() []string {
	return []string{
		"Abteilung", "Ablage", "Algorithmus", "Alltag", "Antwort", "Anfang", "Arbeit", "Aufgabe", "Ausblick",
		"Austausch", "Beitrag", "Besprechung", "Bildschirm", "Botschaft", "Browser", "Chat", "Datei", "Daten",
		"Denkweise", "Dienstreise", "Dokument", "Entscheidung", "Erfahrung", "Ergebnis", "Erwartung", "Fehler",
		"Feedback", "Firma", "Frage", "Freiheit", "Führung", "Gewohnheit", "Geschichte", "Gespräch", "Grafik",
		"Gruppe", "Handy", "Hashtag", "Haltung", "Hierarchie", "Idee", "Kalender", "Kanal", "Kollegin",
		"Kommentar", "Konferenz", "Kunde", "Lösung", "Mannschaft", "Meinung", "Methode", "Mitarbeiterin",
		"Nachricht", "Neugier", "Notiz", "Oberfläche", "Ordner", "Passwort", "Plattform", "Präsentation",
		"Programm", "Projekt", "Prozess", "Publikum", "Rückfrage", "Rolle", "Schulung", "Sicherheit",
		"Sitzung", "Sprache", "Stelle", "Stimme", "Strategie", "Suchmaschine", "Tabelle", "Tafel", "Team",
		"Technik", "Termin", "Übung", "Umgebung", "Unsicherheit", "Veränderung", "Verantwortung", "Vertrauen",
		"Video", "Vorstand", "Vortrag", "Werkzeug", "Wissen", "Woche", "Zielgruppe", "Zukunft", "Zusammenarbeit",
		"Zwischenstand", "Besprechungsraum", "Kaffeeküche", "Geschäftsführung", "Lernkurve", "Nutzerkonto",
	}
}

func verbs() []string {
	return []string{
		"ausprobieren", "besprechen", "bemerken", "entdecken", "erklären", "erleben", "erzählen", "finden",
		"fragen", "gestalten", "hinterfragen", "klären", "lernen", "lesen", "löschen", "nutzen", "planen",
		"posten", "prüfen", "sammeln", "schreiben", "teilen", "testen", "üben", "verändern", "verbessern",
		"verstehen", "vorbereiten", "wiederholen", "zeigen", "zuhören", "einrichten", "abwägen", "anpassen",
	}
}

func finiteVerbs() []string {
	return []string{
		"zeigt", "erklärt", "fragt", "lernt", "entdeckt", "teilt", "übt", "plant", "bemerkt", "schreibt",
		"liest", "versteht", "nutzt", "prüft", "sammelt", "testet", "verändert", "braucht", "findet",
		"beschreibt", "erzählt", "probiert", "überrascht", "begleitet", "unterstützt", "vergleicht",
	}
}

func adjectives() []string {
	return []string{
		"neue", "alte", "digitale", "große", "kleine", "klare", "offene", "schnelle", "ruhige", "erste",
		"letzte", "wichtige", "schwierige", "einfache", "spannende", "ehrliche", "mutige", "knappe",
		"gemeinsame", "eigene", "überraschende", "gründliche", "vorsichtige", "praktische", "übliche",
	}
}

func adverbs() []string {
	return []string{
		"heute", "gestern", "endlich", "wieder", "vielleicht", "gemeinsam", "erstaunlich", "wirklich",
		"ziemlich", "sofort", "später", "regelmäßig", "selten", "oft", "kaum", "genau", "trotzdem",
		"eigentlich", "schließlich", "zunächst", "plötzlich", "inzwischen", "ehrlich gesagt",
	}
}

func subjects() []string {
	return []string{
		"Wir", "Sie", "Er", "Die Azubine", "Der Azubi", "Die Chefin", "Der Vorstand", "Unser Tandem",
		"Das Team", "Die Mentorin", "Der Mentor", "Die Runde", "Niemand", "Jede Kollegin", "Man",
	}
}

func connectors() []string {
	return []string{
		"und", "aber", "denn", "weil", "obwohl", "während", "sodass", "damit", "bevor", "nachdem",
	}
}

func prepositions() []string {
	return []string{
		"mit der", "in der", "auf der", "für die", "über die", "nach der", "bei der", "vor der", "ohne die",
	}
}

func topicNames() []string {
	return []string{
		"TikTok", "LinkedIn", "Instagram", "KI", "Datenschutz", "Videokonferenzen", "Podcasts", "Smartphones",
		"Messenger", "Cloud", "Passwörter", "Barrierefreiheit", "Onlinebanking", "Newsletter", "Wikis",
		"Tabellenkalkulation", "Bildbearbeitung", "Kurzvideos", "Suchmaschinen", "Sprachassistenten",
	}
}

func firstNames() []string {
	return []string{
		"Anna", "Ben", "Clara", "David", "Emma", "Finn", "Greta", "Hannah", "Ilias", "Jana", "Jonas", "Karla",
		"Lea", "Leon", "Lina", "Luca", "Mara", "Mats", "Mia", "Noah", "Nele", "Ole", "Paula", "Paul", "Romy",
		"Sami", "Sophie", "Tim", "Tilda", "Yusuf", "Zoe", "Aylin", "Emil", "Frieda", "Jörg", "Jürgen",
		"Ursula", "Günter", "Bärbel", "Dörte", "Gisela", "Hans-Peter", "Karl-Heinz", "Renate", "Wolfgang",
		"Sabine", "Thomas", "Monika", "Andreas", "Birgit",
	}
}

func lastNames() []string {
	return []string{
		"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
		"Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
		"Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Köhler", "Maier",
		"Jäger", "Günther", "Yılmaz", "Kaya", "Nowak", "Öztürk", "Weiß", "Groß", "Fuchs", "Vogel",
	}
}

func departments() []string {
	return []string{
		"Vorstand", "Vertrieb", "Einkauf", "Personal", "Finanzen", "Recht", "Logistik", "Produktion",
		"Kommunikation", "Marketing", "IT", "Controlling", "Kundenservice", "Forschung",
	}
}
