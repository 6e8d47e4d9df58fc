package render

import (
	"testing"
	"time"
)

// TestWalk: the walk keeps parts apart, writes a map by its entries
// whatever their order, a time by its instant and zone, a sealed view by
// its key and leaves out the fields skipped lists; it panics on what a
// view must not hold.
func TestWalk(t *testing.T) {
	t.Parallel()
	ks := newKeying()
	key := func(v any) Key { return ks.keyer().view(v).sum() }
	type pair struct{ A, B string }
	if key(&pair{"ab", ""}) == key(&pair{"a", "b"}) {
		t.Error("two strings run together")
	}
	type opt struct{ P *int }
	zero := 0
	if key(&opt{}) == key(&opt{&zero}) {
		t.Error("a nil pointer and one to zero share a key")
	}
	type dict struct{ M map[string]int }
	a, b := map[string]int{}, map[string]int{}
	for i, s := range []string{"a", "b", "c", "d", "e", "f"} {
		a[s], b[s] = i, i
	}
	if key(&dict{a}) != key(&dict{b}) {
		t.Error("equal maps have other keys")
	}
	if b["c"] = 9; key(&dict{a}) == key(&dict{b}) {
		t.Error("a map's value is not in its key")
	}
	type when struct{ T time.Time }
	utc := time.Date(2026, 12, 8, 1, 0, 0, 0, time.UTC)
	if key(&when{utc}) == key(&when{utc.In(time.FixedZone("CET", 3600))}) || key(&when{utc}) == key(&when{utc.Add(1)}) {
		t.Error("a time's zone or instant is not in its key")
	}
	type holder struct{ C *Card }
	c := &Card{Title: "a"}
	c.seal(ks)
	before := key(&holder{c})
	if c.Title = "b"; key(&holder{c}) != before {
		t.Error("the walk descends into a sealed card instead of taking its key")
	}
	if c.seal(ks); key(&holder{c}) == before {
		t.Error("a card's key does not follow its title")
	}
	v := &PostView{}
	v.seal(ks)
	sealed := v.sum
	v.body[0] = 1
	if v.seal(ks); v.sum == sealed {
		t.Error("a post view's key does not follow its body's")
	}
	p := &Page{Title: "x"}
	before = key(p)
	if p.Head, p.T = "<meta>", map[string]string{"a": "b"}; key(p) != before {
		t.Error("a skipped field changes the page's key")
	}
	for name, v := range map[string]any{
		"func": &struct{ F func() }{}, "chan": &struct{ C chan int }{}, "interface": &struct{ E any }{},
		"int map": &struct{ M map[int]int }{map[int]int{}},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("walking a %s does not panic", name)
				}
			}()
			key(v)
		}()
	}
}
