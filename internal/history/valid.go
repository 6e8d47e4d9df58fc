package history

// valid reports whether c's numbers fit its lists and its lists are as
// pack makes them: the blobs in byte order, each path a post file, the
// steps in log order with numbers in range, the decisions in the order of
// the blobs. A cache that is not (planted, written by a broken tandem,
// changed on disk) is left aside like one that does not decode: history
// and unpack index the lists by these numbers. A path named twice, which
// would split a post's lineage, history finds at no cost of its own (its
// map of paths comes out smaller than the list); pack merges it. The ids
// are not checked one by one, which cost a twentieth of a cached read:
// they are names only, no index is taken from them. Sizes are bounded by
// the file's: gob refuses a count the input cannot hold.
func (c *cached) valid() bool {
	for i, b := range c.Blobs {
		if i > 0 && c.Blobs[i-1] >= b {
			return false
		}
	}
	for _, p := range c.Paths {
		if !isPostFile(p) {
			return false
		}
	}
	return c.validSteps() && c.validDecided()
}

// validSteps reports whether each step names a commit, a path, and a
// link and blob or none (-1), and the steps come in log order.
func (c *cached) validSteps() bool {
	paths, blobs := int32(len(c.Paths)), int32(len(c.Blobs))
	last := int32(0)
	for _, s := range c.Steps {
		if s.Commit < last || int(s.Commit) >= len(c.Commits) ||
			s.Path < 0 || s.Path >= paths || s.Link < -1 || s.Link >= paths || s.Blob < -1 || s.Blob >= blobs {
			return false
		}
		last = s.Commit
	}
	return true
}

// validDecided reports whether each decision names a blob, in the order
// of the blobs, once.
func (c *cached) validDecided() bool {
	last := int32(-1)
	for _, d := range c.Decided {
		if d.Blob <= last || int(d.Blob) >= len(c.Blobs) {
			return false
		}
		last = d.Blob
	}
	return true
}
