package messages

// validateDE lists the German entries for the messages of validate.
func validateDE() []entry {
	return []entry{}
}
