package render

import (
	"context"
	"testing"
)

// TestInputKeysFollowViews renders sites that differ by an edited body,
// an added post (new neighbours, lists and pages) and an edited title,
// with one keying, by the default theme and by one whose templates all
// name .AllPosts, and checks every page keyed by its inputs: pages with
// the same input key have the same view key (pageKey), so a page whose
// view changed cannot keep its key.
func TestInputKeysFollowViews(t *testing.T) {
	t.Parallel()
	for _, all := range []bool{false, true} {
		r := newRenderer(t)
		if all {
			for _, kind := range pageKinds {
				r.wantsAll[kind] = true
			}
		}
		ks := newKeying()
		views := map[Key]Key{} // input key -> view key
		pages, first := 0, 0
		for n, edit := range []func(i int) string{
			nil,
			func(i int) string { return map[bool]string{true: "Mehr Text.\n"}[i == 3] },
			func(i int) string { return map[bool]string{true: "Noch mehr Text, länger.\n"}[i == 3] },
		} {
			for _, size := range []int{7, 8} {
				s := testSite(t, size, edit)
				if n == 2 {
					s.Posts[2].Title = "Ein neuer Titel"
				}
				ps, problems := r.prepare(context.Background(), s, ks, nil, false)
				if problems.HasErrors() {
					t.Fatal(problems.Err())
				}
				for _, j := range r.plan(s, ps, ks, nil) {
					ip, ok := j.page.(inputPage)
					if !ok {
						continue
					}
					pages++
					in, view := inputKey(ks, ip), j.view().pageKey(ks, r.print)
					if old, ok := views[in]; ok && old != view {
						t.Errorf("all=%v: %s keeps its input key, but its view changed", all, j.path)
					}
					views[in] = view
				}
				if first == 0 {
					first = len(views)
				}
			}
		}
		if first == 0 || len(views) <= first || len(views) == pages {
			t.Errorf("all=%v: %d input keys over %d pages (%d in the first site): the edits change too little or too much", all, len(views), pages, first)
		}
	}
}
