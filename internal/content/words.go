package content

// CountWords counts the words of a post's text: runs of bytes that are
// not white space (space, tab, line feed, carriage return). It reads
// every byte of every post, for the reading time and the summary rule,
// so it works without branches: a byte is white space when its bit is
// set in spaces (shifting by 64 or more gives 0), and a word starts
// where white space is followed by anything else.
func CountWords(text []byte) int {
	const spaces uint64 = 1<<' ' | 1<<'\t' | 1<<'\n' | 1<<'\r'
	var n, wasSpace uint64 = 0, 1
	for _, c := range text {
		space := spaces >> c & 1
		n += wasSpace &^ space
		wasSpace = space
	}
	return int(n)
}
