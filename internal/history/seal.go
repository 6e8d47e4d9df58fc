package history

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"path/filepath"
	"strings"
)

// Cache says whether a read uses and leaves a cache, where it keeps it
// and whether it seals it. The zero Cache reads everything and leaves
// nothing, as in CI without a key.
type Cache struct {
	// Use lets the read use and leave a cache.
	Use bool
	// Dir, when set, is the folder the cache lives in instead of the git
	// folder, so a CI cache step can carry it from one fresh clone to the
	// next. Its file is named after the site folder's path in the work
	// tree and the repository's first commits (cacheName), so sites and
	// repositories that share Dir keep apart.
	Dir string
	// Key, when set, seals the cache: it is written with an HMAC-SHA256
	// of its bytes under Key, and a cache is used only when that seal
	// verifies with Key. A cache without a valid seal (planted, written
	// without the key or with another one) is left aside and replaced.
	Key []byte
}

// sealLabel starts a sealed cache file and is part of what the seal
// covers: it names the format and the purpose, so a MAC made with the
// same key for anything else never passes for a seal.
const sealLabel = "tandem-history-seal-1\n"

// sealSize is the length of the hex seal and its newline after the label.
const sealSize = 2*sha256.Size + 1

// errSeal means a cache file's seal is missing or does not verify.
var errSeal = errors.New("the history cache is not sealed with this key")

// seal returns the sealed file for the cache bytes data: the label, the
// hex HMAC-SHA256 under key of the label and data, a newline, and data.
func seal(key, data []byte) []byte {
	out := make([]byte, 0, len(sealLabel)+sealSize+len(data))
	out = append(out, sealLabel...)
	out = hex.AppendEncode(out, mac(key, data))
	out = append(out, '\n')
	return append(out, data...)
}

// unseal returns the cache bytes of a sealed file when its seal verifies
// with key, else errSeal.
func unseal(key, file []byte) ([]byte, error) {
	rest, ok := bytes.CutPrefix(file, []byte(sealLabel))
	if !ok || len(rest) < sealSize || rest[sealSize-1] != '\n' {
		return nil, errSeal
	}
	got, err := hex.DecodeString(string(rest[:sealSize-1]))
	data := rest[sealSize:]
	if err != nil || !hmac.Equal(got, mac(key, data)) {
		return nil, errSeal
	}
	return data, nil
}

// mac is the HMAC-SHA256 under key of the label and data.
func mac(key, data []byte) []byte {
	h := hmac.New(sha256.New, key)
	h.Write([]byte(sealLabel))
	h.Write(data)
	return h.Sum(nil)
}

// cacheName is the cache file's name in a Cache.Dir: a hash of the site
// folder's path in the work tree and the repository's root commits
// (roots, git rev-list --max-parents=0 HEAD), which every clone of it
// shares.
func cacheName(prefix, roots string) string {
	sum := sha256.Sum256([]byte(prefix + "\x00" + strings.Join(strings.Fields(roots), " ")))
	return "tandem-history-" + hex.EncodeToString(sum[:12])
}

// cachePath returns the path of the cache file in dir for the site
// folder prefix, or "" when the roots cannot be read (no cache then).
func (r runner) cachePath(dir, head string) string {
	roots, err := r.output("rev-list", "--max-parents=0", head)
	if err != nil || strings.TrimSpace(roots) == "" {
		return ""
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	return filepath.Join(abs, cacheName(r.prefix, roots))
}
