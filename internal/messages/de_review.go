package messages

// reviewDE lists the German entries for the messages of the review gate
// and the trust checks (internal/review).
func reviewDE() []entry {
	return []entry{
		{"made under digest v1, which did not cover round, tandem, kind and the shown date (with its zone); approve it again with tandem review approve",
			"unter Digest v1 erteilt, der Runde, Tandem, Art und das angezeigte Datum (mit Zeitzone) nicht abdeckte; gib den Beitrag mit tandem review approve erneut frei"},
		{"the approval record is incomplete (it needs approved_by, approved_at and digest); approve it with tandem review approve",
			"Die Freigabe ist unvollständig (sie braucht approved_by, approved_at und digest); gib den Beitrag mit tandem review approve frei"},
		{"%q approved it, but is not listed under reviewers in programme.yaml",
			"%q hat den Beitrag freigegeben, steht aber in programme.yaml nicht unter reviewers"},
		{"approval by %s on %s was %s", "Die Freigabe durch %s am %s wurde %s"},
		{"approval by %s on %s is stale: the text changed since", "Die Freigabe durch %s am %s ist veraltet: Der Text hat sich seitdem geändert"},
		{"approval by %s on %s is not signed validly: %v", "Die Freigabe durch %s am %s ist nicht gültig signiert: %v"},
		{"a reviewer must approve the current text: tandem review approve %s --by <reviewer>",
			"Ein Reviewer muss den aktuellen Text freigeben: tandem review approve %s --by <reviewer>"},
		{"%s; the post is not published", "%s; der Beitrag wird nicht veröffentlicht"},
		{"commit %s", "Commit %s"},
		{"approval", "Freigabe"},
		{"changes requested", "Änderungsbitte"},
		{"commit %s, as %s", "Commit %s, als %s"},
		{"approval by %s on %s was superseded by a later %s by %s on %s (%s): an older approved version was restored",
			"Die Freigabe durch %s am %s wurde durch eine spätere Entscheidung (%s) von %s am %s überholt (%s): Eine ältere freigegebene Fassung wurde wiederhergestellt"},
		{"approval by %s on %s does not count: the post's file %s was deleted after it (commit %s), and a post brought back or moved in two commits needs a new approval",
			"Die Freigabe durch %s am %s zählt nicht: Die Datei des Beitrags, %s, wurde danach gelöscht (Commit %s), und ein zurückgeholter oder in zwei Commits verschobener Beitrag braucht eine neue Freigabe"},
		{"programme.yaml does not require signed approvals, but tandem was run with --require-signed",
			"programme.yaml verlangt keine signierten Freigaben, aber tandem wurde mit --require-signed gestartet"},
		{"set require_signed_approvals: true in programme.yaml; CI requires signatures whatever it says",
			"Setze require_signed_approvals: true in programme.yaml; die CI verlangt Signaturen, egal was dort steht"},
		{"programme.yaml lets static HTML out unreviewed (allow_static_html: true), but tandem was run with --require-signed, which trusts nothing there that bypasses review",
			"programme.yaml lässt statisches HTML ungeprüft hinaus (allow_static_html: true), aber tandem wurde mit --require-signed gestartet, das nichts vertraut, was am Review vorbeigeht"},
		{"if unreviewed static HTML is intended, run tandem with --allow-static-html as well (in CI, where authors cannot change it); otherwise remove allow_static_html",
			"Wenn ungeprüftes statisches HTML gewollt ist, starte tandem zusätzlich mit --allow-static-html (in der CI, wo Autor·innen es nicht ändern können); sonst entferne allow_static_html"},
		{"the signing_key of reviewer %s is not one of %s's keys in the allowed-signers file %s",
			"Der signing_key von Reviewer %s ist keiner der Schlüssel von %s in der Allowed-Signers-Datei %s"},
		{"put %s's key from %s here; if the key here is new, ask whoever keeps that file to add it",
			"Trage hier den Schlüssel von %s aus %s ein; wenn der Schlüssel hier neu ist, bitte die Person, die diese Datei pflegt, ihn hinzuzufügen"},
		{"reviewer %s approved %s, but has no key in the allowed-signers file %s",
			"Reviewer %s hat %s freigegeben, hat aber keinen Schlüssel in der Allowed-Signers-Datei %s"},
		{"ask whoever keeps %s to add %s's key, or have another reviewer approve these posts",
			"Bitte die Person, die %s pflegt, den Schlüssel von %s hinzuzufügen, oder lass einen anderen Reviewer diese Beiträge freigeben"},
	}
}
