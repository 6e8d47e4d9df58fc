package messages

// metadataDE lists the German entries for the messages of metadata.
func metadataDE() []entry {
	return []entry{}
}
