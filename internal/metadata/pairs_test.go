package metadata

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestManyKeys: a mapping of more keys than are searched one by one
// (smallMap) finds every key, keeps their order and reports a key
// written twice, whether the first was written before or after the
// index was made.
func TestManyKeys(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	var keys []string
	for i := range 3 * smallMap {
		k := fmt.Sprintf("k%02d", i)
		keys = append(keys, k)
		fmt.Fprintf(&b, "%s: v%d\n", k, i)
	}
	b.WriteString("k03: again\nk40: again\n")
	m, problems := Parse("f.yaml", []byte(b.String()), 0)
	wantProblems(t, problems, []string{
		`f.yaml:49:1 yaml-duplicate-key: "k03" is written twice (first on line 4)`,
		`f.yaml:50:1 yaml-duplicate-key: "k40" is written twice (first on line 41)`,
	})
	if !slices.Equal(m.Keys(), keys) {
		t.Errorf("keys %q, want %q", m.Keys(), keys)
	}
	for i, k := range keys {
		if v := m.Node(k); v == nil || v.Value != fmt.Sprintf("v%d", i) || m.KeyPos(k).Line != i+1 {
			t.Errorf("%s: value %v at %v", k, v, m.KeyPos(k))
		}
	}
	if m.Has("k99") || m.Node("k99") != nil {
		t.Error("k99 was never written")
	}
	small, problems := Parse("f.yaml", []byte("a: 1\nb: 2\na: 3\n"), 0)
	wantProblems(t, problems, []string{`f.yaml:3:1 yaml-duplicate-key: "a" is written twice (first on line 1)`})
	if !small.Has("b") || small.Has("c") || small.Node("a").Value != "1" {
		t.Errorf("small mapping: keys %q", small.Keys())
	}
}
