package messages

// contentDE lists the German entries for the messages of content.
func contentDE() []entry {
	return []entry{}
}
