package messages

// scaffoldDE lists the German entries for the messages of scaffold.
func scaffoldDE() []entry {
	return []entry{}
}
