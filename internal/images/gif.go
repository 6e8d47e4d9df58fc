package images

// gifKeptApp reports whether an application extension of a GIF, by its
// identifier and code, is part of its picture: the animation loop count
// (Netscape's and its twin). An ICC profile is not: browsers do not
// apply it to a GIF, and its texts may name the screen's owner.
func gifKeptApp(id string) bool {
	switch id {
	case "NETSCAPE2.0", "ANIMEXTS1.0":
		return true
	}
	return false
}

// gifBlocks splits a GIF file into its header (with the global colour
// table), its blocks and the trailer; comments, other application
// extensions and anything after the trailer are metadata.
func gifBlocks(data []byte) ([]segment, error) {
	if len(data) < 13 {
		return nil, ErrDamaged
	}
	head := 13 + colourTable(data[10])
	if head > len(data) {
		return nil, ErrDamaged
	}
	segs := []segment{{data: data[:head]}}
	for i := head; ; {
		if i >= len(data) {
			return nil, ErrDamaged
		}
		start := i
		var what string
		switch data[i] {
		case 0x3B: // trailer
			segs = append(segs, segment{data: data[i : i+1]})
			if i+1 < len(data) {
				segs = append(segs, segment{data: data[i+1:], what: "bytes after the end"})
			}
			return segs, nil
		case 0x2C: // image descriptor, local colour table, LZW code size
			if i+11 > len(data) {
				return nil, ErrDamaged
			}
			i += 10 + colourTable(data[i+9]) + 1
		case 0x21: // extension: its label, then sub-blocks
			if i+2 > len(data) {
				return nil, ErrDamaged
			}
			what = gifExtension(data[i+1], data[i+2:])
			i += 2
		default:
			return nil, ErrDamaged
		}
		end, ok := subBlocks(data, i)
		if !ok {
			return nil, ErrDamaged
		}
		segs = append(segs, segment{data: data[start:end], what: what})
		i = end
	}
}

// gifExtension names an extension with label and sub-blocks rest that is
// metadata, or returns "" for one that is part of the picture.
func gifExtension(label byte, rest []byte) string {
	switch label {
	case 0xFE:
		return "comment"
	case 0xFF:
		if len(rest) >= 12 && rest[0] == 11 && gifKeptApp(string(rest[1:12])) {
			return ""
		}
		return "application extension"
	}
	return "" // graphic control, plain text (drawn into the picture)
}

// colourTable is the size in bytes of the colour table the packed field
// of a screen or image descriptor announces.
func colourTable(packed byte) int {
	if packed&0x80 == 0 {
		return 0
	}
	return 3 << (packed&7 + 1)
}

// subBlocks returns the end of the sub-blocks starting at i (after their
// terminator, a zero length).
func subBlocks(data []byte, i int) (int, bool) {
	for i < len(data) {
		n := int(data[i])
		i += 1 + n
		if n == 0 {
			return i, i <= len(data)
		}
	}
	return 0, false
}
