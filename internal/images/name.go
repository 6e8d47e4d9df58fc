package images

import (
	"encoding/hex"
	"strconv"
	"strings"
)

// DerivedName names the derivative of width pixels of the site file
// source whose bytes hash to sum (SHA-256), for a file system of
// derivatives: "<sum in hex>/<width>/<source>". The name changes with
// the bytes, so an edited photo is a new name; a width of 0 is the
// image at its own size, re-encoded without metadata.
func DerivedName(sum [32]byte, width int, source string) string {
	return hex.EncodeToString(sum[:]) + "/" + strconv.Itoa(width) + "/" + source
}

// ParseDerivedName splits a name DerivedName made; ok is false for any
// other name.
func ParseDerivedName(name string) (sum [32]byte, width int, source string, ok bool) {
	hexSum, rest, found := strings.Cut(name, "/")
	if !found || len(hexSum) != 64 {
		return sum, 0, "", false
	}
	if _, err := hex.Decode(sum[:], []byte(hexSum)); err != nil {
		return sum, 0, "", false
	}
	w, source, found := strings.Cut(rest, "/")
	width, err := strconv.Atoi(w)
	if !found || err != nil || width < 0 || source == "" || w != strconv.Itoa(width) {
		return sum, 0, "", false
	}
	return sum, width, source, true
}
