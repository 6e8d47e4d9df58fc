package render

import (
	"crypto/sha256"
	"encoding/binary"
	"hash"
	"io"
	"sync"
)

// keyer collects the parts of a key, each with its length, into a
// buffer that it hashes when full and at the end. Numbers and lengths
// are written as varints, which no varint is the start of, so the parts
// stay apart while few bytes are hashed. Keyers are recycled:
// after sum, k is not to be used again.
type keyer struct {
	h   hash.Hash
	buf []byte
}

var keyers = sync.Pool{New: func() any { return &keyer{h: sha256.New(), buf: make([]byte, 0, 8<<10)} }}

func newKeyer() *keyer {
	k := keyers.Get().(*keyer)
	k.h.Reset()
	k.buf = k.buf[:0]
	return k.int(keyVersion)
}

// room makes room for n more bytes in the buffer, or reports that they
// do not fit even in an empty one.
func (k *keyer) room(n int) bool {
	if len(k.buf)+n > cap(k.buf) {
		k.h.Write(k.buf)
		k.buf = k.buf[:0]
	}
	return n <= cap(k.buf)
}

func (k *keyer) str(s string) *keyer {
	k.room(binary.MaxVarintLen64)
	k.buf = binary.AppendUvarint(k.buf, uint64(len(s)))
	if k.room(len(s)) {
		k.buf = append(k.buf, s...)
	} else {
		io.WriteString(k.h, s)
	}
	return k
}

func (k *keyer) strs(ss []string) *keyer {
	k.int(len(ss))
	for _, s := range ss {
		k.str(s)
	}
	return k
}

func (k *keyer) int(n int) *keyer {
	k.room(binary.MaxVarintLen64)
	k.buf = binary.AppendVarint(k.buf, int64(n))
	return k
}

func (k *keyer) bool(b bool) *keyer {
	if b {
		return k.int(1)
	}
	return k.int(0)
}

func (k *keyer) sum32(s [32]byte) *keyer {
	k.room(32)
	k.buf = append(k.buf, s[:]...)
	return k
}

// present adds whether an optional part is there, and reports it.
func (k *keyer) present(there bool) bool {
	k.bool(there)
	return there
}

// sum returns the key and recycles k.
func (k *keyer) sum() [32]byte {
	var out [32]byte
	k.h.Write(k.buf)
	k.h.Sum(out[:0])
	keyers.Put(k)
	return out
}
