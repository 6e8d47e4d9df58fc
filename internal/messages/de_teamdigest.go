package messages

// teamDigestDE lists the German entries for tandem review digest
// (internal/teamdigest and its command).
func teamDigestDE() []entry {
	return []entry{
		{"Review queue on %s (since %s)", "Review-Warteschlange am %s (seit %s)"},
		{"%s (%s) · waiting %s", "%s (%s) · wartet seit %s"},
		{"New in review (%d)", "Neu im Review (%d)"},
		{"Waiting, longest first (%d)", "Wartend, am längsten wartende zuerst (%d)"},
		{"%s (%s): %s", "%s (%s): %s"},
		{"Sent back (%d)", "Zurückgeschickt (%d)"},
		{"%s (%s) · %s: %s", "%s (%s) · %s: %s"},
		{"Scheduled for the next %d days (%d)", "Geplant für die nächsten %d Tage (%d)"},
		{"%s (%s) · published on %s", "%s (%s) · erscheint am %s"},
		{"Published since %s (%d)", "Veröffentlicht seit %s (%d)"},
		{"%s (%s) · %s", "%s (%s) · %s"},
		{"Writes the review queue's digest for the team, in the site's language: new in\nreview, waiting longest, approvals that do not count, sent back, scheduled for\nthe next days and published since --since. md fits a chat message, html an e-mail.",
			"Schreibt die Zusammenfassung der Review-Warteschlange für das Team, in der Sprache\nder Site: neu im Review, am längsten wartend, Freigaben, die nicht zählen,\nzurückgeschickt, geplant für die nächsten Tage und veröffentlicht seit --since.\nmd passt in eine Chat-Nachricht, html in eine E-Mail."},
		{"md (a chat message), html (an e-mail) or json (for tools)", "md (eine Chat-Nachricht), html (eine E-Mail) oder json (für Werkzeuge)"},
		{"what counts as new and published (default: a day before --now)", "was als neu und veröffentlicht zählt (Standard: einen Tag vor --now)"},
		{"how many days ahead scheduled posts are listed", "wie viele Tage im Voraus geplante Beiträge aufgeführt werden"},
		{"the time of the digest (default: now)", "der Zeitpunkt der Zusammenfassung (Standard: jetzt)"},
		{"tandem review digest: --format must be md, html or json, not %q", "tandem review digest: --format muss md, html oder json sein, nicht %q"},
	}
}
