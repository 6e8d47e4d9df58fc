package messages

// approvalDE lists the German entries for the messages of approval.
func approvalDE() []entry {
	return []entry{}
}
