package search

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
)

// table numbers byte strings (keys) in the order first found: a hash
// table probed linearly, whose slots keep a key's number and its first
// eight bytes as a number (head), so a key of fewer than eight bytes,
// most keys, is found by comparing head alone. No key has a zero byte,
// so a head also tells a key's length below eight.
type table struct {
	seed  uint64 // of the hash, chosen at random
	slots []slot
	shift uint    // 64 minus the bits of a slot's number
	keys  []byte  // the keys side by side
	ends  []int32 // where each key ends in keys
}

// slot is a place of a table: the key's number plus one (zero: free)
// and its first eight bytes (zeros after a shorter key).
type slot struct {
	head uint64
	n    int32
}

func newTable() table {
	t := table{seed: rand.Uint64()}
	t.rehash(1024)
	return t
}

// key returns the key numbered n.
func (t *table) key(n int32) []byte {
	start := int32(0)
	if n > 0 {
		start = t.ends[n-1]
	}
	return t.keys[start:t.ends[n]]
}

// find returns the number of key, whose first eight bytes are head,
// numbering it when it is new (added).
func (t *table) find(key string, head uint64) (n int32, added bool) {
	if 2*(len(t.ends)+1) > len(t.slots) {
		t.rehash(2 * len(t.slots))
	}
	mask := len(t.slots) - 1
	h := mix(head^t.seed, uint64(len(key))^0xe7037ed1a0b428db) // hash, inlined for a key of up to eight bytes
	if len(key) > 8 {
		h = t.hash(key, head)
	}
	for i := int(h >> t.shift); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.n == 0 {
			t.keys = append(t.keys, key...)
			t.ends = append(t.ends, int32(len(t.keys)))
			*s = slot{head, int32(len(t.ends))}
			return s.n - 1, true
		}
		if s.head == head && (len(key) < 8 || string(t.key(s.n-1)) == key) {
			return s.n - 1, false
		}
	}
}

// hash is the hash of key, whose first eight bytes are head: a mix of
// head, its length and the seed (wyhash's), and of its other bytes for a
// longer key.
func (t *table) hash(key string, head uint64) uint64 {
	h := mix(head^t.seed, uint64(len(key))^0xe7037ed1a0b428db)
	for key = key[min(8, len(key)):]; len(key) > 0; key = key[min(8, len(key)):] {
		h = mix(h^firstEight(key), 0xa0761d6478bd642f)
	}
	return h
}

// firstEight is the first eight bytes of s as a number, zeros after a
// shorter s.
func firstEight(s string) uint64 {
	if len(s) >= 8 {
		return binary.LittleEndian.Uint64([]byte(s[:8]))
	}
	x := uint64(0)
	for i := len(s) - 1; i >= 0; i-- {
		x = x<<8 | uint64(s[i])
	}
	return x
}

// mix is wyhash's mixing function.
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// rehash makes the table size slots (a power of two) and enters the
// keys again.
func (t *table) rehash(size int) {
	t.slots = make([]slot, size)
	t.shift = uint(64 - bits.TrailingZeros(uint(size)))
	mask := size - 1
	for n := range t.ends {
		key := string(t.key(int32(n)))
		head := firstEight(key)
		i := int(t.hash(key, head) >> t.shift)
		for t.slots[i].n != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = slot{head, int32(n + 1)}
	}
}
