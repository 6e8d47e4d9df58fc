package messages

// historyDE lists the German entries for reading the posts' git history
// (internal/history).
func historyDE() []entry {
	return []entry{
		{"the site is in a shallow git clone, so its history is cut off and an approval that a later one superseded cannot be found; " +
			"fetch the whole history (GitHub Actions: actions/checkout with fetch-depth: 0; elsewhere: git fetch --unshallow), or pass --no-history to skip this check",
			"Die Site liegt in einem flachen git-Klon (shallow clone): Ihre Historie ist abgeschnitten, und eine Freigabe, die eine spätere abgelöst hat, lässt sich nicht finden; " +
				"hole die ganze Historie (GitHub Actions: actions/checkout mit fetch-depth: 0; sonst: git fetch --unshallow) oder übergib --no-history, um diese Prüfung auszulassen"},
		{"the site is in a git work tree (%s), but git is not installed to read its history; install git, or pass --no-history",
			"Die Site liegt in einem git-Arbeitsverzeichnis (%s), aber git ist nicht installiert, um ihre Historie zu lesen; installiere git oder übergib --no-history"},
		{"reading the history: %s: %s", "Beim Lesen der Historie: %s: %s"},
	}
}
