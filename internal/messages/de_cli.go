package messages

// cliDE lists the German entries for the messages of cli.
func cliDE() []entry {
	return []entry{}
}
