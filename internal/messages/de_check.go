package messages

// checkDE lists the German entries for the messages of check.
func checkDE() []entry {
	return []entry{}
}
