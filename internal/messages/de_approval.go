package messages

// approvalDE lists the German entries for the messages of submitting,
// approving and rejecting posts (internal/approval).
func approvalDE() []entry {
	return []entry{
		{"%s: cannot sign the approval: %s", "%s: Die Freigabe lässt sich nicht signieren: %s"},
		{"it has %d error(s); fix them first", "Der Beitrag hat %d Fehler; behebe sie zuerst"},
		{"it is already approved and the approval covers the current text; there is nothing to review",
			"Der Beitrag ist schon freigegeben, und die Freigabe deckt den aktuellen Text ab; es gibt nichts zu prüfen"},
		{"edit the post first; a changed post can be submitted again", "Bearbeite zuerst den Beitrag; ein geänderter Beitrag kann erneut eingereicht werden"},
		{"it is a draft: nobody has submitted it for review", "Der Beitrag ist ein Entwurf: Niemand hat ihn zur Freigabe eingereicht"},
		{"changes were requested by %s%s and it has not been submitted again",
			"Änderungen wurden von %s%s erbeten, und der Beitrag wurde nicht erneut eingereicht"},
		{" on %s", " am %s"},
		{"ask the author to run tandem review submit %s, or approve it anyway with --force",
			"Bitte die Autorin oder den Autor, tandem review submit %s auszuführen, oder gib den Beitrag trotzdem mit --force frei"},
		{"%q is not listed under reviewers in programme.yaml", "%q steht in programme.yaml nicht unter reviewers"},
		{"say who approves: --by <reviewer>", "Gib an, wer freigibt: --by <reviewer>"},
		{"add the people who may approve posts under reviewers: in programme.yaml",
			"Trage die Personen, die Beiträge freigeben dürfen, in programme.yaml unter reviewers: ein"},
	}
}
