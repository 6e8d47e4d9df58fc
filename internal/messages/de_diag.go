package messages

// diagDE lists the German entries for the messages of diag.
func diagDE() []entry {
	return []entry{}
}
