package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/tandem-mentoring/tandem/internal/search"
	"github.com/tandem-mentoring/tandem/internal/server/browsertest"
)

// resultsAre is a script that is true when the search page lists exactly
// the given titles, in any order, and its live region says so.
func resultsAre(titles ...string) string {
	want, _ := json.Marshal(titles) // strings: cannot fail
	return `(() => { const got = [...document.querySelectorAll(".search-result h2 a")].map(a => a.textContent).sort();
		const want = ` + string(want) + `.sort();
		return JSON.stringify(got) === JSON.stringify(want) && document.getElementById("search-status").textContent !== ""; })()`
}

// TestBrowserSearch searches the example site in tandem serve (a
// preview) with Chromium: typing shows the posts with the word, marked,
// and the number in the live region; the facets, loaded once opened,
// narrow them; /search/?q=
// runs on load, for another spelling of an umlaut and the beginning of a
// word; and a word saved into a post is found a moment later.
func TestBrowserSearch(t *testing.T) {
	ctx := browsertest.New(t)
	site, url, _ := startServe(t)
	step(ctx, t, "open the search page", chromedp.Navigate(url+"search/"), chromedp.WaitVisible("#search-q"))
	step(ctx, t, "type a word", chromedp.SendKeys("#search-q", "Treffen"))
	waitFor(ctx, t, "three posts with Treffen", resultsAre("Kennenlernen im Glaskasten", "Das Tafelbild", "Rückblick auf Runde 1"))
	waitFor(ctx, t, "the live region counts them", `document.getElementById("search-status").textContent === "3 Beiträge gefunden"`)
	waitFor(ctx, t, "the word is marked in an excerpt", `[...document.querySelectorAll(".search-excerpt mark")].some(m => m.textContent === "Treffen")`)
	waitFor(ctx, t, "the address is shareable", `new URLSearchParams(location.search).get("q") === "Treffen"`)

	// The facets load only when the reader opens them; by keyboard, they
	// are buttons.
	waitFor(ctx, t, "no facet file fetched yet", `!performance.getEntriesByType("resource").some(e => /\/search\/(facets\.json|f\/)/.test(e.name))`)
	step(ctx, t, "open the facets", chromedp.Focus(`#search-facets-open`), chromedp.KeyEvent("\r"))
	waitFor(ctx, t, "the first facet has the focus", `document.activeElement.matches("#search-facets fieldset button[data-facet]")`)
	waitFor(ctx, t, "the facet labels are fetched", `performance.getEntriesByType("resource").some(e => e.name.endsWith("/search/facets.json"))`)
	step(ctx, t, "narrow to retrospectives", chromedp.Focus(`#search-facets button[data-facet="kind"][data-value="1"]`), chromedp.KeyEvent("\r"))
	waitFor(ctx, t, "one retrospective", resultsAre("Rückblick auf Runde 1"))
	waitFor(ctx, t, "the facet is pressed", `document.querySelector('#search-facets button[data-facet="kind"][aria-pressed="true"]').textContent.startsWith("Rückblick (1)")`)
	waitFor(ctx, t, "the live region says one", `document.getElementById("search-status").textContent === "1 Beitrag gefunden"`)

	step(ctx, t, "open a search by address", chromedp.Navigate(url+"search/?q=Gr%C3%B6sse"), chromedp.WaitVisible("#search-q"))
	waitFor(ctx, t, "Grösse finds Größer by its beginning", resultsAre("Größer denken: Reichweite"))
	step(ctx, t, "open a search by address", chromedp.Navigate(url+"search/?q=wartend+eingereicht"), chromedp.WaitVisible("#search-q"))
	waitFor(ctx, t, "a preview finds a post in review", resultsAre("Wartet auf Freigabe"))

	step(ctx, t, "search a word no post has", chromedp.Navigate(url+"search/?q=Quokka"), chromedp.WaitVisible("#search-q"))
	waitFor(ctx, t, "nothing found", `document.getElementById("search-status").textContent === "Kein Beitrag gefunden."`)
	edit(t, filepath.Join(site, "content/posts/r2/2026-10-10-wartet.md"), "Eingereicht und wartend.", "Eingereicht und wartend, mit einem Quokka.")
	waitFor(ctx, t, "the saved word is found", resultsAre("Wartet auf Freigabe"))
	browsertest.ExpectNoIssues(ctx, t)
}

// TestBrowserFoldsAsGo folds the word list of internal/search in
// Chromium with the search script's words and compares with search.Words:
// the browser maps typed words to the index by the folded word alone, so
// both sides must fold alike; and the postings file the script guesses
// for each folded word with search.BucketOf's.
func TestBrowserFoldsAsGo(t *testing.T) {
	ctx := browsertest.New(t)
	_, url, _ := startServe(t)
	step(ctx, t, "open the search page", chromedp.Navigate(url+"search/"), chromedp.WaitVisible("#search-q"))
	f, err := os.Open("../../internal/search/testdata/fold.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	for s := bufio.NewScanner(f); s.Scan(); {
		lines = append(lines, s.Text())
	}
	arg, _ := json.Marshal(lines)
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[][]string](`(`+string(arg)+`).map(l => window.tandemSearch.words(l))`))
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range lines {
		var want []string
		search.Words(line, func(w string) bool { want = append(want, w); return true })
		if !slices.Equal(got[i], want) && !(len(got[i]) == 0 && len(want) == 0) {
			t.Errorf("%q: the script folds to %q, Go to %q", line, got[i], want)
		}
	}
	// The script fetches the postings file of a typed word's first
	// letters as Go chooses it for a stem (search.BucketOf).
	var folded []string
	for _, l := range got {
		folded = append(folded, l...)
	}
	arg, _ = json.Marshal(folded)
	buckets, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`(`+string(arg)+`).map(w => window.tandemSearch.bucket(w, 1024))`))
	if err != nil {
		t.Fatal(err)
	}
	for i, w := range folded {
		if want := search.BucketOf(w, 1024); buckets[i] != want {
			t.Errorf("%q: the script's postings file is %d, Go's %d", w, buckets[i], want)
		}
	}
	if len(lines) < 60 || !strings.Contains(strings.Join(lines, " "), "Größe") {
		t.Errorf("the word list has %d lines", len(lines))
	}
	browsertest.ExpectNoIssues(ctx, t)
}

// TestBrowserRanks ranks generated scores with the search script's
// ranked (a counting sort) and compares with a sort by score, best
// first, ties to the higher doc number (the newer post), of the docs
// that have every word: the order the postings files' top results
// (search's "r") are written in.
func TestBrowserRanks(t *testing.T) {
	ctx := browsertest.New(t)
	_, url, _ := startServe(t)
	step(ctx, t, "open the search page", chromedp.Navigate(url+"search/"), chromedp.WaitVisible("#search-q"))
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 20 {
		n, words := 1+rng.IntN(2000), 1+rng.IntN(3)
		sum, matched := make([]int, n), make([]int, n)
		var want []int
		for d := range n {
			sum[d], matched[d] = 1+rng.IntN(1+round*50), rng.IntN(words+1)
			if matched[d] == words {
				want = append(want, d)
			}
		}
		slices.SortFunc(want, func(a, b int) int { return cmp.Or(sum[b]-sum[a], b-a) })
		args, _ := json.Marshal([]any{sum, matched, words}) // numbers: cannot fail
		got, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`((a) => window.tandemSearch.ranked(Int32Array.from(a[0]), Int32Array.from(a[1]), a[2]))(`+string(args)+`)`))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) && len(got)+len(want) > 0 {
			t.Errorf("round %d (%d docs, %d words): ranked %v, want %v", round, n, words, got, want)
		}
	}
	browsertest.ExpectNoIssues(ctx, t)
}
