package images

import (
	"encoding/binary"
	"slices"
)

// iccTextStubs are the ICC tag types that hold text (a profile's
// description, copyright, device names and its dictionary of names and
// values), each as an empty value of its type: what ScrubICC writes
// instead of the text.
func iccTextStubs() map[string][]byte {
	be := binary.BigEndian
	desc := be.AppendUint32([]byte("desc\x00\x00\x00\x00"), 1) // an ASCII text of one NUL
	desc = append(desc, 0)
	desc = append(desc, make([]byte, 4+4+2+1+67)...) // no Unicode text, no ScriptCode text
	return map[string][]byte{
		"desc": desc,
		"text": []byte("text\x00\x00\x00\x00\x00"),
		"mluc": be.AppendUint32(be.AppendUint32([]byte("mluc\x00\x00\x00\x00"), 0), 12),
		"dict": be.AppendUint32(be.AppendUint32([]byte("dict\x00\x00\x00\x00"), 0), 16),
	}
}

// maxICCTags bounds the tags of a profile ScrubICC reads.
const maxICCTags = 1000

// ScrubICC returns the ICC profile p without its texts: made again from
// its header (without the device's maker, model, the profile's creator,
// its ID and the reserved bytes) and its tags, each text tag holding
// an empty text of its type, every other tag its data, and nothing else
// (no bytes between or after the tags). A profile whose structure
// cannot be read gives nil.
func ScrubICC(p []byte) []byte {
	be := binary.BigEndian
	if len(p) < 132 || string(p[36:40]) != "acsp" {
		return nil
	}
	n := int(be.Uint32(p[128:132]))
	if n > maxICCTags || 132+12*n > len(p) {
		return nil
	}
	stubs := iccTextStubs()
	out := slices.Clone(p[:128])
	clear(out[48:56])  // device manufacturer and model
	clear(out[80:128]) // creator, profile ID, reserved
	out = be.AppendUint32(out, uint32(n))
	table := len(out)
	out = append(out, make([]byte, 12*n)...)
	placed := map[[2]uint32][2]uint32{} // a tag's data shared by several tags is kept once
	for i := range n {
		entry := p[132+12*i : 144+12*i]
		off, size := be.Uint32(entry[4:8]), be.Uint32(entry[8:12])
		if size < 8 || uint64(off)+uint64(size) > uint64(len(p)) {
			return nil
		}
		at, ok := placed[[2]uint32{off, size}]
		if !ok {
			data := p[off : off+size]
			if stub, text := stubs[string(data[:4])]; text {
				data = stub
			}
			for len(out)%4 != 0 {
				out = append(out, 0)
			}
			at = [2]uint32{uint32(len(out)), uint32(len(data))}
			out = append(out, data...)
			placed[[2]uint32{off, size}] = at
		}
		row := out[table+12*i : table+12*i+12]
		copy(row[:4], entry[:4])
		be.PutUint32(row[4:8], at[0])
		be.PutUint32(row[8:12], at[1])
	}
	be.PutUint32(out[0:4], uint32(len(out)))
	return out
}
