package messages

// buildDE lists the German entries for the messages of build.
func buildDE() []entry {
	return []entry{}
}
