package scaffold

import (
	"strings"
	"testing"
)

// FuzzInsertRound checks that adding a round keeps every byte of the
// file: the result is the file with one entry inserted. Whether the
// result reads back as intended is checked at run time by checkEdit,
// which refuses to write anything else; strange YAML may end there.
// Seeds: testdata/fuzz/FuzzInsertRound.
func FuzzInsertRound(f *testing.F) {
	f.Fuzz(func(t *testing.T, in string) {
		out, err := insertRound([]byte(in), r3)
		if err != nil {
			return
		}
		if !preserves(in, string(out)) {
			t.Fatalf("the file was changed, not only added to:\n%q\n%q", in, out)
		}
		if n := strings.Count(string(out), "id: r3"); n != strings.Count(in, "id: r3")+1 {
			t.Fatalf("the round was written %d times:\n%s", n, out)
		}
	})
}

// preserves reports whether out is in with text inserted in one place,
// or with one empty flow list ("[]" or "[ ]", the one of "rounds: []",
// "rounds : []" or a quoted key) removed and text inserted.
func preserves(in, out string) bool {
	candidates := []string{in}
	for open := strings.IndexByte(in, '['); open >= 0; {
		if k := strings.IndexByte(in[open:], ']'); k >= 0 && strings.TrimSpace(in[open+1:open+k]) == "" {
			candidates = append(candidates, in[:open]+in[open+k+1:])
		}
		next := strings.IndexByte(in[open+1:], '[')
		if next < 0 {
			break
		}
		open += 1 + next
	}
	for _, c := range candidates {
		i := 0
		for i < len(c) && i < len(out) && c[i] == out[i] {
			i++
		}
		if strings.HasSuffix(out, c[i:]) {
			return true
		}
	}
	return false
}
