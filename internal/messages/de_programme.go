package messages

// programmeDE lists the German entries for the messages of programme.
func programmeDE() []entry {
	return []entry{}
}
