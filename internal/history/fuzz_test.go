package history

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzParseLog feeds arbitrary bytes to ParseLog as git's output. It must
// never panic, and what it accepts must be well formed: commit ids,
// changes with a path, renames and copies with the path they came from.
func FuzzParseLog(f *testing.F) {
	f.Fuzz(func(t *testing.T, log []byte) {
		_ = ParseLog(bytes.NewReader(log), func(c Commit) error {
			if !isObjectID(c.Hash) {
				t.Fatalf("accepted commit id %q", c.Hash)
			}
			for _, ch := range c.Changes {
				if ch.Path == "" || !isObjectID(ch.Blob) {
					t.Fatalf("accepted change %+v", ch)
				}
				if (ch.Status == 'R' || ch.Status == 'C') != (ch.From != "") {
					t.Fatalf("rename or copy without its old path, or an old path without one: %+v", ch)
				}
			}
			return nil
		})
	})
}

// TestParseLogRefuses: output that is not git's is an error, not a
// silently shorter history.
func TestParseLogRefuses(t *testing.T) {
	t.Parallel()
	id := strings.Repeat("a", 40)
	for name, log := range map[string]string{
		"not a commit id":         "\x01xyz\x00",
		"stray text":              "\x01" + id + "\x00\nhello\x00",
		"change without path":     "\x01" + id + "\x00\n:100644 100644 " + id + " " + id + " M\x00",
		"rename without new path": "\x01" + id + "\x00\n:100644 100644 " + id + " " + id + " R100\x00a.md\x00",
		"short raw entry":         "\x01" + id + "\x00\n:100644 " + id + " M\x00a.md\x00",
	} {
		if err := ParseLog(strings.NewReader(log), func(Commit) error { return nil }); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// FuzzCache feeds arbitrary bytes to the cache's decoder, as a cache file
// read from the git folder or a CI cache folder. It must never panic, and
// what it accepts must make a History without panicking and unpack into
// commits that pack into a valid cache again (what the next read does).
// The seed corpus holds a cache of renames, copies, removals and
// decisions, and the same cut short and with a number out of range.
func FuzzCache(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		c := decodeCache(data)
		if c == nil {
			return
		}
		if h := c.history(); h != nil {
			for _, p := range c.Paths {
				_ = h.Events(p)
			}
		}
		commits, decided := c.unpack()
		if again := pack(c.Prefix, c.Head, commits, decided); !again.valid() {
			t.Fatalf("the cache unpacked and packed again is not valid: %+v", again)
		}
	})
}
