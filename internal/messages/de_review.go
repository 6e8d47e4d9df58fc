package messages

// reviewDE lists the German entries for the messages of review.
func reviewDE() []entry {
	return []entry{}
}
