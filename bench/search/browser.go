package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/chromedp/chromedp"
)

// queryFigures are what queries in Chromium cost: the bytes the first
// query fetched (the script included, the page and stylesheet not), the
// most any later query fetched, what opening the facets fetched for the
// last query, and the median time of a query (from the keystroke's
// handler to the results shown, the script's performance.measure
// "tandem-search").
type queryFigures struct{ first, later, facets, time string }

// entry is one word of the index's vocabulary: [word, stem, file, docs].
type entry struct {
	word string
	docs int
}

// pickQueries chooses queries from the vocabulary of the index in dir:
// a word in about 1 % of the posts (the first query), the most common
// word, a word in about 0.1 %, two words in about 5 % each, and the first
// four letters of a common word (being typed).
func pickQueries(dir string) ([]string, error) {
	var meta struct {
		Docs int      `json:"docs"`
		W    []string `json:"w"`
	}
	data, err := os.ReadFile(filepath.Join(dir, "meta.json"))
	if err == nil {
		err = json.Unmarshal(data, &meta)
	}
	if err != nil {
		return nil, err
	}
	var words []entry
	for _, p := range meta.W {
		var list [][4]any
		data, err := os.ReadFile(filepath.Join(dir, "w", hex.EncodeToString([]byte(p))+".json"))
		if err == nil {
			err = json.Unmarshal(data, &list)
		}
		if err != nil {
			return nil, err
		}
		for _, e := range list {
			if w := e[0].(string); len(w) >= 5 {
				words = append(words, entry{w, int(e[3].(float64))})
			}
		}
	}
	slices.SortStableFunc(words, func(a, b entry) int { return b.docs - a.docs })
	used := map[string]bool{}
	// near returns the unused word whose number of posts is closest to
	// share of them.
	near := func(share float64) string {
		target, best := int(share*float64(meta.Docs)), -1
		for i, e := range words {
			if !used[e.word] && (best < 0 || abs(e.docs-target) < abs(words[best].docs-target)) {
				best = i
			}
		}
		used[words[best].word] = true
		return words[best].word
	}
	used[words[0].word] = true
	first := near(0.01)
	return []string{first, words[0].word, near(0.001), near(0.05) + " " + near(0.05), near(0.2)[:4]}, nil
}

func abs(n int) int { return max(n, -n) }

// queries serves public and runs the queries in Chromium.
func queries(public, profile string) (queryFigures, error) {
	qs, err := pickQueries(filepath.Join(public, "search"))
	if err != nil {
		return queryFigures{}, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return queryFigures{}, err
	}
	srv := &http.Server{Handler: http.StripPrefix("/mentoring", http.FileServer(http.Dir(public)))}
	go srv.Serve(ln)
	defer srv.Close()
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), chromedp.ExecPath("/usr/bin/chromium"), chromedp.Headless,
		chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.UserDataDir(profile),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true))
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ctx, stop := context.WithTimeout(ctx, 2*time.Minute)
	defer stop()
	base := "http://" + ln.Addr().String() + "/mentoring/search/"
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"?q="+qs[0])); err != nil {
		return queryFigures{}, err
	}
	var sizes []int
	for i := range qs {
		if i > 0 {
			q, _ := json.Marshal(qs[i])
			if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const i = document.getElementById("search-q"); i.value = `+string(q)+
				`; i.dispatchEvent(new Event("input")); return true; })()`)); err != nil {
				return queryFigures{}, err
			}
		}
		n, err := fetched(ctx, i+1)
		if err != nil {
			return queryFigures{}, fmt.Errorf("query %q: %w", qs[i], err)
		}
		sizes = append(sizes, n)
	}
	times, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`performance.getEntriesByName("tandem-search").map(m => m.duration)`))
	if err != nil {
		return queryFigures{}, err
	}
	slices.Sort(times)
	later := slices.Max(sizes[1:])
	facets, err := openFacets(ctx)
	if err != nil {
		return queryFigures{}, err
	}
	fmt.Fprintf(os.Stderr, "queries %q: bytes %v, times %v ms, facets %d bytes\n", qs, sizes, times, facets)
	return queryFigures{kb(sizes[0]), kb(later), kb(facets), fmt.Sprintf("%.0f ms", times[len(times)/2])}, nil
}

// openFacets opens the facets of the results shown and returns the bytes
// that fetched (the labels and the facet rows of every result).
func openFacets(ctx context.Context) (int, error) {
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(document.getElementById("search-facets-open").click(), true)`)); err != nil {
		return 0, err
	}
	for {
		open, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector("#search-facets fieldset") !== null`))
		if err != nil {
			return 0, err
		}
		if open {
			return seen(ctx)
		}
		if ctx.Err() != nil {
			return 0, ctx.Err()
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func kb(n int) string { return fmt.Sprintf("%.0f KB", float64(n)/1000) }

// fetched waits for the n-th query to finish and returns the bytes of
// the search files fetched since the last call (the script with the
// first).
func fetched(ctx context.Context, n int) (int, error) {
	for {
		done, err := chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf(`performance.getEntriesByName("tandem-search").length >= %d`, n)))
		if err != nil {
			return 0, err
		}
		if done {
			break
		}
		if ctx.Err() != nil {
			return 0, ctx.Err()
		}
		time.Sleep(20 * time.Millisecond)
	}
	return seen(ctx)
}

// seen returns the bytes of the search files fetched since it was last
// called.
func seen(ctx context.Context) (int, error) {
	size, err := chromedp.Run(ctx, chromedp.Evaluate[int](`(() => { const all = performance.getEntriesByType("resource").filter(e => e.name.includes("/search/") || e.name.includes("search.js"));
		const fresh = all.slice(window.benchSeen || 0); window.benchSeen = all.length;
		return fresh.reduce((s, e) => s + e.encodedBodySize, 0); })()`))
	return size, err
}
