package messages

// serverDE lists the German entries for the messages of server.
func serverDE() []entry {
	return []entry{}
}
