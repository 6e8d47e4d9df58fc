package check

import (
	"fmt"
	"strings"
	"testing"
)

// postFiles returns the pages of n posts, with names of 10 to 49
// characters, as a site's file list has them.
func postFiles(n int) files {
	f := files{"index.html": true, "feed.xml": true}
	for i := range n {
		f[fmt.Sprintf("posts/%s-%d/index.html", strings.Repeat("x", 4+i%40), i)] = true
	}
	return f
}

// searchAll runs the "did you mean" search for every name, as suggest
// does, and returns the checker's work and what was found.
func searchAll(f files, names []string) (work int, found []string) {
	lc := &linkChecker{files: f}
	lc.near = nearbyFiles(lc.files.all())
	for _, name := range names {
		found = append(found, lc.closest(lc.near[folder{"posts/", true}], name))
	}
	return lc.work, found
}

func TestSuggestionsStillFound(t *testing.T) {
	_, found := searchAll(postFiles(100), []string{"xxxxx-1", "XXXXXX-2", "xxxxxxx-e", "nothing-like-it", "xx"})
	want := []string{"posts/xxxxx-1", "posts/xxxxxx-2", "posts/xxxxxxx-3", "", ""}
	if fmt.Sprint(found) != fmt.Sprint(want) {
		t.Errorf("found %q, want %q", found, want)
	}
}

// TestLongBrokenLinksCostNothing: 200 broken links of 5,000 characters
// once made check --preview spend minutes on "did you mean", comparing
// each with every page. No page has a name of that length, so nothing is
// compared.
func TestLongBrokenLinksCostNothing(t *testing.T) {
	names := make([]string, maxSuggestions)
	for i := range names {
		names[i] = strings.Repeat(string(rune('a'+i%26)), 5000)
	}
	for _, n := range []int{800, 3200} {
		if work, _ := searchAll(postFiles(n), names); work != 0 {
			t.Errorf("%d posts: the search did %d cells of work, want 0", n, work)
		}
	}
}

// TestSuggestionWorkIsBounded: names as long as the pages' look through
// the pages of about their length only, and all searches of one check
// together stop at maxSuggestWork, however many pages the site has.
func TestSuggestionWorkIsBounded(t *testing.T) {
	names := make([]string, maxSuggestions)
	for i := range names {
		names[i] = strings.Repeat("y", 20+i%20) + "-q"
	}
	w1, _ := searchAll(postFiles(800), names)
	w4, _ := searchAll(postFiles(3200), names)
	if w4 > 4*w1+maxSuggestWork/100 {
		t.Errorf("4× the pages: %d cells of work, over 4× %d", w4, w1)
	}
	huge, _ := searchAll(postFiles(12_800), names)
	t.Logf("work: %d, %d, %d", w1, w4, huge)
	if limit := maxSuggestWork + 2*45*(45+1); huge > limit {
		t.Errorf("12,800 pages: %d cells of work, over the bound %d", huge, limit)
	}
	// Every name compared with every page of the site, as before:
	if all := 200 * 800 * 30 * 30; w1 > all/10 {
		t.Errorf("800 pages: %d cells of work, a tenth of comparing with every page is %d", w1, all/10)
	}
}

// BenchmarkSuggest is the "did you mean" search for 200 broken links on
// a site of 3,000 posts: links of 5,000 characters (once five minutes of
// tandem check), and typos of names as long as the posts' (the work
// bound's case).
func BenchmarkSuggest(b *testing.B) {
	f := postFiles(3000)
	long, typos := make([]string, maxSuggestions), make([]string, maxSuggestions)
	for i := range long {
		long[i] = strings.Repeat(string(rune('a'+i%26)), 5000)
		typos[i] = fmt.Sprintf("%s-%dq", strings.Repeat("x", 4+i%40), i)
	}
	for _, c := range []struct {
		name  string
		names []string
	}{{"long", long}, {"typos", typos}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				work, _ := searchAll(f, c.names)
				b.ReportMetric(float64(work), "cells/op")
			}
		})
	}
}
