package messages

// renderDE lists the German entries for the messages of render.
func renderDE() []entry {
	return []entry{}
}
