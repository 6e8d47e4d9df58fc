package messages

// changesDE lists the German entries for tandem review diff (internal/changes
// and its command).
func changesDE() []entry {
	return []entry{
		{"commit the posts with git: the approved version is looked up in the history",
			"Committe die Beiträge mit git: Die freigegebene Fassung wird in der Historie gesucht"},
		{"the approved version cannot be looked up: the site is not in a git repository",
			"Die freigegebene Fassung lässt sich nicht finden: Die Site liegt in keinem git-Repository"},
		{"it was changed before the approval was committed, or that commit is gone; read the whole post and approve it again: tandem review approve %s --by <reviewer>",
			"Der Text wurde geändert, bevor die Freigabe committet war, oder dieser Commit fehlt; lies den ganzen Beitrag und gib ihn erneut frei: tandem review approve %s --by <reviewer>"},
		{"the version %s approved on %s is not in the git history",
			"Die Fassung, die %s am %s freigegeben hat, ist nicht in der git-Historie"},
		{"fetch the whole history: git fetch --unshallow (GitHub Actions: actions/checkout with fetch-depth: 0)",
			"Hole die ganze Historie: git fetch --unshallow (GitHub Actions: actions/checkout mit fetch-depth: 0)"},
		{"the approved version cannot be looked up: the site is in a shallow git clone, whose history is cut off",
			"Die freigegebene Fassung lässt sich nicht finden: Die Site liegt in einem flachen git-Klon (shallow clone), dessen Historie abgeschnitten ist"},
		{"commit %s holds no file %s", "Commit %s enthält keine Datei %s"},
		{"the version of %s in commit %s cannot be read as a post", "Die Fassung von %s in Commit %s lässt sich nicht als Beitrag lesen"},
		{"%s: nothing changed since the approval by %s on %s (%s)", "%s: nichts geändert seit der Freigabe durch %s am %s (%s)"},
		{"%s: changed since the approval by %s on %s (%s)", "%s: geändert seit der Freigabe durch %s am %s (%s)"},
		{"  bundle file %s: %s", "  Bündeldatei %s: %s"},
		{"  text:", "  Text:"},
		{"added", "hinzugefügt"},
		{"removed", "entfernt"},
		{"changed", "geändert"},
		{"Shows what changed in a post since its approval went stale: the text word by\nword, the front-matter fields by name and the bundle's files. The approved\nversion is found in the git history by the digest the approval recorded.",
			"Zeigt, was sich an einem Beitrag geändert hat, seit seine Freigabe veraltet ist:\nden Text Wort für Wort, die Felder des Vorspanns nach Namen und die Dateien\ndes Bündels. Die freigegebene Fassung wird über den Digest der Freigabe in der\ngit-Historie gefunden."},
		{"text (marked [-old-]{+new+}, in colour on a terminal) or json (for tools)",
			"text (markiert als [-alt-]{+neu+}, im Terminal farbig) oder json (für Werkzeuge)"},
		{"compare any approved post, not only stale ones, with its approved version",
			"jeden freigegebenen Beitrag mit seiner freigegebenen Fassung vergleichen, nicht nur veraltete"},
		{"nothing was compared", "nichts wurde verglichen"},
		{"%s: it cannot be read as a post; fix the errors first", "%s: lässt sich nicht als Beitrag lesen; behebe zuerst die Fehler"},
		{"run git status in the site folder to see what is wrong", "Führe git status im Site-Ordner aus, um zu sehen, was nicht stimmt"},
		{"%s: not compared: the post is %s, not a stale approval (pass --since-approval to compare any approved post)",
			"%s: nicht verglichen: Der Beitrag ist %s, keine veraltete Freigabe (mit --since-approval wird jeder freigegebene Beitrag verglichen)"},
	}
}
