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

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// queryFigures are what queries in Chromium cost: the bytes the first
// query fetched (the script included, the page and stylesheet not), the
// most any later query fetched, what opening the facets fetched for the
// last query; the time from the page's start to the first query's results
// shown (?q= as the page opens), and the median and the longest time from
// a later query's last key to its results shown (painted, the live region
// saying how many).
type queryFigures struct{ first, later, facets, onLoad, typed, slowest string }

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

// queries serves public and runs the queries in Chromium: the first by
// address (?q= as the page opens), each later one typed.
func queries(public, profile string, trace bool) (queryFigures, []float64, error) {
	qs, err := pickQueries(filepath.Join(public, "search"))
	if err != nil {
		return queryFigures{}, nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return queryFigures{}, nil, err
	}
	srv := &http.Server{Handler: http.StripPrefix("/mentoring", http.FileServer(http.Dir(public)))}
	go srv.Serve(ln)
	defer srv.Close()
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), chromedp.ExecPath("/usr/bin/chromium"), chromedp.Headless,
		chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(profile),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-extensions", true), chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.Flag("disable-features", "Translate,OptimizationHints,MediaRouter"))
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ctx, stop := context.WithTimeout(ctx, 2*time.Minute)
	defer stop()
	base := "http://" + ln.Addr().String() + "/mentoring/search/"
	watch := chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: watchScript})
		return err
	})
	if err := chromedp.Do(ctx, watch, chromedp.Navigate(base+"?q="+qs[0])); err != nil {
		return queryFigures{}, nil, err
	}
	if err := waitShown(ctx, 1); err != nil {
		return queryFigures{}, nil, err
	}
	onLoad, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`window.benchShown[0]`))
	if err != nil {
		return queryFigures{}, nil, err
	}
	first, err := seen(ctx)
	if err != nil {
		return queryFigures{}, nil, err
	}
	sizes, times := []int{first}, []float64{}
	for i, q := range qs[1:] {
		t, err := typed(ctx, q, i+1, trace)
		if err != nil {
			return queryFigures{}, nil, fmt.Errorf("query %q: %w", q, err)
		}
		n, err := seen(ctx)
		if err != nil {
			return queryFigures{}, nil, err
		}
		sizes, times = append(sizes, n), append(times, t)
	}
	facets, err := openFacets(ctx)
	if err != nil {
		return queryFigures{}, nil, err
	}
	fmt.Fprintf(os.Stderr, "queries %q: bytes %v, on load %.0f ms, typed %.1f ms, facets %d bytes\n", qs, sizes, onLoad, times, facets)
	sorted := slices.Sorted(slices.Values(times))
	return queryFigures{kb(sizes[0]), kb(slices.Max(sizes[1:])), kb(facets), fmt.Sprintf("%.0f ms", onLoad),
		fmt.Sprintf("%.0f ms", sorted[len(sorted)/2]), fmt.Sprintf("%.0f ms", sorted[len(sorted)-1])}, times, nil
}

// watchScript runs as each page opens. It records the time of each
// keydown (the event's time stamp: when the key reached the page) as
// window.benchKey, and in window.benchShown the time each query's results
// were shown: the live region says how many were found (not "loading")
// and the frame with them is painted (a task after the next animation
// frame); times on performance.now()'s clock, from the page's start.
const watchScript = `window.benchKey = 0; window.benchShown = [];
document.addEventListener("keydown", e => { window.benchKey = e.timeStamp; }, true);
document.addEventListener("DOMContentLoaded", () => {
	const status = document.getElementById("search-status"), loading = document.getElementById("search-form").dataset.loading;
	new MutationObserver(() => {
		if (status.textContent === "" || status.textContent === loading) return;
		const at = performance.now(), excerpts = document.querySelectorAll(".search-excerpt").length;
		requestAnimationFrame(() => {
			const frame = performance.now();
			setTimeout(() => { window.benchShown.push(performance.now()); (window.benchInfo = window.benchInfo || []).push([at, excerpts, frame]); });
		});
	}).observe(status, { childList: true, characterData: true, subtree: true });
});`

// waitShown waits until the results of n queries were shown.
func waitShown(ctx context.Context, n int) error {
	for {
		done, err := chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf(`window.benchShown.length >= %d`, n)))
		if err != nil || done {
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// typed types q into the search box as the n-th query, its last letter
// as a key pressed (press; the rest set without an event, so that
// nothing of q is fetched before), and returns the time from that key to the results
// shown, in ms. With trace, it prints when the results were written, with
// how many excerpts, when the animation frame that paints them began (the
// time shown is a task after it: at most what the reader waited), and the
// files fetched since the key (from its time, fetch started to last byte).
func typed(ctx context.Context, q string, n int, trace bool) (float64, error) {
	head, _ := json.Marshal(q[:len(q)-1]) // a string: cannot fail
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("search-q").value = `+string(head)+`; true`)); err != nil {
		return 0, err
	}
	if err := chromedp.Do(ctx, chromedp.Focus("#search-q"), press(q[len(q)-1:])); err != nil {
		return 0, err
	}
	if err := waitShown(ctx, n+1); err != nil {
		return 0, err
	}
	if trace {
		tr, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`performance.getEntriesByType("resource").filter(e => e.startTime >= window.benchKey).map(e => e.name.replace(/.*search\//, "") + " " + (e.startTime - window.benchKey).toFixed(0) + "-" + (e.responseEnd - window.benchKey).toFixed(0)).join(", ")`))
		info, _ := chromedp.Run(ctx, chromedp.Evaluate[[]float64](fmt.Sprintf(`[window.benchInfo[%d][0] - window.benchKey, window.benchInfo[%d][1], window.benchInfo[%d][2] - window.benchKey]`, n, n, n)))
		fmt.Fprintf(os.Stderr, "%s: results written at %.0f ms with %.0f excerpts, their frame began at %.0f ms; %s\n", q, info[0], info[1], info[2], tr)
	}
	return chromedp.Run(ctx, chromedp.Evaluate[float64](fmt.Sprintf(`window.benchShown[%d] - window.benchKey`, n)))
}

// press presses the key of letter as a keyboard does: one keydown that
// carries its text, so the page's input event follows within the same
// dispatch, then the keyup. (chromedp.SendKeys sends the text as a second
// event, one more round trip to Chromium between the keydown the time is
// measured from and the input event the script answers.)
func press(letter string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		down := input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeKeyDown, Key: letter, Text: letter, UnmodifiedText: letter}
		if _, err := cdp.Call(ctx, tg, input.DispatchKeyEvent, down); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, input.DispatchKeyEvent, input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeKeyUp, Key: letter})
		return err
	})
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

// seen returns the bytes of the search files fetched since it was last
// called.
func seen(ctx context.Context) (int, error) {
	size, err := chromedp.Run(ctx, chromedp.Evaluate[int](`(() => { const all = performance.getEntriesByType("resource").filter(e => e.name.includes("/search/") || e.name.includes("search.js"));
		const fresh = all.slice(window.benchSeen || 0); window.benchSeen = all.length;
		return fresh.reduce((s, e) => s + e.encodedBodySize, 0); })()`))
	return size, err
}

// rounds runs queries n times, each in a fresh Chromium (an empty cache),
// and returns the last round's figures with the typed queries' median and
// slowest taken over every round: four queries are too few for a median.
func rounds(public, dir string, n int, trace bool) (queryFigures, error) {
	var q queryFigures
	var all []float64
	for i := range max(n, 1) {
		r, times, err := queries(public, filepath.Join(dir, fmt.Sprintf("chromium-%d", i)), trace)
		if err != nil {
			return q, err
		}
		q, all = r, append(all, times...)
	}
	slices.Sort(all)
	mid := all[len(all)/2]
	if len(all)%2 == 0 {
		mid = (all[len(all)/2-1] + mid) / 2
	}
	q.typed, q.slowest = fmt.Sprintf("%.0f ms", mid), fmt.Sprintf("%.0f ms", all[len(all)-1])
	return q, nil
}
