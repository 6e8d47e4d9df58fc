package messages

// buildDE lists the German entries for the messages of building and
// writing the site (internal/build, internal/publish).
func buildDE() []entry {
	return []entry{
		{"fix what the message says, or pass --no-history to skip the check of superseded approvals",
			"Behebe, was die Meldung sagt, oder gib --no-history an, um die Prüfung überholter Freigaben zu überspringen"},
		{"cannot read the review history: %v", "Die Review-Geschichte kann nicht gelesen werden: %v"},
		{"check the theme folder, or remove theme: from programme.yaml to use the default",
			"Prüfe den Theme-Ordner oder entferne theme: aus programme.yaml, um das Standard-Theme zu verwenden"},
		{"approve %s first, or remove the link until it is approved", "Gib zuerst %s frei oder entferne den Link, bis der Beitrag freigegeben ist"},
		{"%s %q in the published post %q leads to the post %q (%s), which is not published (%s): it would be a broken link that gives away that post's address",
			"%s %q im veröffentlichten Beitrag %q führt zum Beitrag %q (%s), der nicht veröffentlicht ist (%s): Das wäre ein kaputter Link, der die Adresse dieses Beitrags verrät"},
		{"copy the file into content/static instead of linking to it", "Kopiere die Datei nach content/static, statt auf sie zu verlinken"},
		{"this file would overwrite %s at /%s", "Diese Datei würde %s unter /%s überschreiben"},
		{"rename or remove one of them", "Benenne eine der beiden um oder entferne sie"},
		{"this file cannot be copied safely: %s", "Diese Datei kann nicht sicher kopiert werden: %s"},
		{"rename the file", "Benenne die Datei um"},
		{"a browser runs scripts in %s files, and content/static/ is published without review",
			"Ein Browser führt Skripte in %s-Dateien aus, und content/static/ wird ohne Review veröffentlicht"},
		{"write it as a post, which is reviewed; or, to publish such files unreviewed as they are, set allow_static_html: true in programme.yaml",
			"Schreibe es als Beitrag, der geprüft wird; oder setze allow_static_html: true in programme.yaml, um solche Dateien ungeprüft zu veröffentlichen"},
		{"files", "Dateien"},
		{"file", "Datei"},
		{"static HTML is published unreviewed: %d %s (allow_static_html: true)", "Statisches HTML wird ungeprüft veröffentlicht: %d %s (allow_static_html: true)"},
		{"no approval covers them: read every change to content/static/ before it is merged, or remove allow_static_html",
			"Keine Freigabe deckt sie ab: Lies jede Änderung an content/static/, bevor sie übernommen wird, oder entferne allow_static_html"},
		{"in /%s, which belongs to tandem's pages", "in /%s, das zu den Seiten von tandem gehört"},
		{"in place of tandem's own %s", "anstelle von tandems eigenem %s"},
		{"move it elsewhere in content/static/ (e.g. content/static/files/%s); a file that belongs to a post goes into the post's bundle folder, where its approval covers it",
			"Verschiebe sie an eine andere Stelle in content/static/ (z. B. content/static/files/%s); eine Datei, die zu einem Beitrag gehört, kommt in dessen Bundle-Ordner, wo seine Freigabe sie abdeckt"},
		{"this file would be published at /%s, %s; no review covers content/static/",
			"Diese Datei würde unter /%s veröffentlicht, %s; kein Review deckt content/static/ ab"},
		{"build again (a changed bundle file makes the approval stale until it is approved again)",
			"Baue noch einmal (eine geänderte Datei im Bundle macht die Freigabe ungültig, bis der Beitrag erneut freigegeben ist)"},
		{"this file changed while tandem was building; its new bytes are not what was loaded and approved, so they are not published",
			"Diese Datei hat sich geändert, während tandem gebaut hat; ihr neuer Inhalt ist nicht der geladene und freigegebene, darum wird er nicht veröffentlicht"},
	}
}
