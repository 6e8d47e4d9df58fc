package render

import (
	"encoding/binary"
	"hash/maphash"
	"sync"
)

// Key is the key of a view or of an output: two 64-bit hashes
// (hash/maphash, each with its own random seed) of the view's parts.
// Keys live in one process and are compared only with keys made with the
// same seeds (one keying: one Cache's), so the seeds can be random: no
// one can aim content at a given key, and two different views share a
// key with a chance of about 2⁻¹²⁸.
type Key [16]byte

// keying makes keys with one pair of seeds. A Cache holds one for its
// life; a render without a cache makes its own. It is safe for
// concurrent use.
type keying struct {
	seeds [2]maphash.Seed
	// keyers are recycled: after sum, a keyer goes back here.
	keyers sync.Pool
	// plans are the walk's plans of struct types (keywalk.go).
	plans sync.Map
}

func newKeying() *keying {
	ks := &keying{seeds: [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}}
	ks.keyers.New = func() any {
		k := &keyer{ks: ks, buf: make([]byte, 0, 4<<10)}
		k.h[0].SetSeed(ks.seeds[0])
		k.h[1].SetSeed(ks.seeds[1])
		return k
	}
	return ks
}

// keyer collects the parts of a key, each with its length, into a
// buffer that it hashes when full and at the end. Numbers and lengths
// are written as varints, which no varint is the start of, so the parts
// stay apart while few bytes are hashed. After sum, k is not to be used
// again.
type keyer struct {
	ks  *keying
	h   [2]maphash.Hash
	buf []byte
}

// keyer returns a keyer with the key version written.
func (ks *keying) keyer() *keyer {
	k := ks.keyers.Get().(*keyer)
	k.h[0].Reset()
	k.h[1].Reset()
	k.buf = k.buf[:0]
	return k.int(keyVersion)
}

func (k *keyer) flush() {
	k.h[0].Write(k.buf)
	k.h[1].Write(k.buf)
	k.buf = k.buf[:0]
}

// room makes room for n more bytes in the buffer, or reports that they
// do not fit even in an empty one.
func (k *keyer) room(n int) bool {
	if len(k.buf)+n > cap(k.buf) {
		k.flush()
	}
	return n <= cap(k.buf)
}

func (k *keyer) str(s string) *keyer {
	k.room(binary.MaxVarintLen64)
	k.buf = binary.AppendUvarint(k.buf, uint64(len(s)))
	if k.room(len(s)) {
		k.buf = append(k.buf, s...)
	} else {
		k.h[0].WriteString(s)
		k.h[1].WriteString(s)
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

// key adds another key (of a part view, sealed before).
func (k *keyer) key(s Key) *keyer {
	k.room(len(s))
	k.buf = append(k.buf, s[:]...)
	return k
}

// sum32 adds a SHA-256 sum (a file's hash, the renderer's fingerprint).
func (k *keyer) sum32(s [32]byte) *keyer {
	k.room(len(s))
	k.buf = append(k.buf, s[:]...)
	return k
}

// present adds whether an optional part is there, and reports it.
func (k *keyer) present(there bool) bool {
	k.bool(there)
	return there
}

// sum returns the key and recycles k.
func (k *keyer) sum() Key {
	var out Key
	k.flush()
	binary.LittleEndian.PutUint64(out[:8], k.h[0].Sum64())
	binary.LittleEndian.PutUint64(out[8:], k.h[1].Sum64())
	k.ks.keyers.Put(k)
	return out
}
