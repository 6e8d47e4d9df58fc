package content

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// heapBudget is the most memory checking or converting one post may
// take (issue 16).
const heapBudget = 256 << 20

// hostile are Markdown bodies that make goldmark do, hold or write far
// more than their size, with what CheckBody must say about each.
func hostile() []struct{ name, body, want string } {
	para := func(unit string, n int) string { // n units, 100 to a line
		var b strings.Builder
		for i := range n {
			b.WriteString(unit)
			if i%100 == 99 {
				b.WriteByte('\n')
			}
		}
		return b.String()
	}
	refs := "[r]: /" + strings.Repeat("x", 16000) + "\n\n" + strings.Repeat(para("[r] ", 200)+"\n\n", 100)
	return []struct{ name, body, want string }{
		// 14 KB: was a 30 MB page and two 78 MB feeds.
		{"wide table", "|" + strings.Repeat("a|", 3000) + "\n|" + strings.Repeat("-|", 3000) + "\n" + strings.Repeat("|\n", 1000),
			"1:1: the table has 3,000 columns; at most 64 are allowed"},
		// 992 KB: made every command run out of memory at 4 GB.
		{"huge table", "|" + strings.Repeat("a|", 8000) + "\n|" + strings.Repeat("-|", 8000) + "\n" + strings.Repeat("|\n", 480000),
			"10001:1: the post has more than 10,000 lines; at most 10,000 are allowed"},
		{"huge table, fewer lines", "|" + strings.Repeat("a|", 8000) + "\n|" + strings.Repeat("-|", 8000) + "\n" + strings.Repeat("|\n", 9000),
			"1:1: the table has 8,000 columns; at most 64 are allowed"},
		{"long table", "Text.\n\n|" + strings.Repeat("a|", 64) + "\n|" + strings.Repeat(":-:|", 64) + "\n" + strings.Repeat("|\n", 400),
			"3:1: the tables of this post have 25,664 cells"},
		{"many tables", strings.Repeat("a|b|c|d\n-|-|-|-\n"+strings.Repeat("|\n", 499)+"\n", 11),
			"5021:1: the tables of this post have 22,000 cells"},
		// 2 bytes per link, a few KiB of work each in render.
		{"links", strings.Repeat(strings.Repeat("[](a)", 250)+"\n\n", 10), "17:1: the post has more than 2,000 links and images"},
		// 20,000 uses of a 16,000-character reference: 22 s, 3.1 GB, 918 MB written.
		{"reference", refs, "the link references used up to here copy"},
		{"emphasis", "Text.\n\n" + para("*a_ ", 25000), "3:1: this paragraph has 50,000 emphasis and link markers"},
		{"openers", para("a**b", 1) + para("c* ", 30000), "1:1: this paragraph has 30,002 emphasis"},
		{"brackets", strings.Repeat("[", 8000) + "a" + strings.Repeat("]", 8000), "1:1: this paragraph has 16,000 emphasis"},
		{"heading", "# " + strings.Repeat("_a* ", 4000), "1:3: this heading has 8,000 emphasis"},
		{"table row", "a|b\n-|-\nx|" + strings.Repeat("[a ", 600), "3:1: this table row has 600 emphasis"},
	}
}

// TestCostRefusesHostile checks that every hostile body is refused at
// the construct, within the heap budget, and that the error names the
// limit.
func TestCostRefusesHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("measures the heap, which the race detector inflates: the run without -short has it")
	}
	for _, c := range hostile() {
		t.Run(c.name, func(t *testing.T) {
			p := &Post{Path: "p.md", Body: []byte(c.body), BodyLine: 1}
			var problems string
			heap := measureHeap(func() { problems = fmt.Sprint(CheckBody(p)) })
			if !strings.Contains(problems, c.want) {
				t.Errorf("CheckBody = %s\nwant %q", problems, c.want)
			}
			t.Logf("%d KiB of Markdown, %d MiB of heap", len(c.body)>>10, heap>>20)
			if heap > heapBudget {
				t.Errorf("checking took %d MiB of heap; at most %d", heap>>20, heapBudget>>20)
			}
		})
	}
}

// TestCostAllowsRealPosts checks that what real posts write passes: a
// table of 50 columns and 200 rows, 40 reference links, a long post full
// of emphasis in short paragraphs.
func TestCostAllowsRealPosts(t *testing.T) {
	var refs strings.Builder
	for i := range 40 {
		fmt.Fprintf(&refs, "Siehe [Quelle %d][q%d].\n\n", i, i)
	}
	for i := range 40 {
		fmt.Fprintf(&refs, "[q%d]: https://example.com/%s \"Quelle %d\"\n", i, strings.Repeat("pfad/", 20), i)
	}
	for name, body := range map[string]string{
		"table":      "|" + strings.Repeat(" Spalte |", 50) + "\n|" + strings.Repeat(":---:|", 50) + "\n" + strings.Repeat("|"+strings.Repeat(" **1** |", 50)+"\n", 200),
		"references": refs.String(),
		"emphasis":   strings.Repeat("Ein *kurzer* Absatz mit **fett** und _kursiv_ und [einem Link](../a/).\n\n", 2000),
	} {
		p := &Post{Path: "p.md", Body: []byte(body), BodyLine: 1}
		if problems := CheckBody(p); len(problems) > 0 {
			t.Errorf("%s: %v", name, problems)
		}
	}
}

// TestCheapNeverClearsRefused checks that the byte count clears none of
// the hostile bodies, which the parse refuses.
func TestCheapNeverClearsRefused(t *testing.T) {
	for _, c := range hostile() {
		if cheap([]byte(c.body)) {
			t.Errorf("%s: cheap clears it", c.name)
		}
	}
}

// measureHeap runs f and returns how many bytes it allocated: an upper
// bound of the heap it needed at its peak.
func measureHeap(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// FuzzCheapAgreesWithParse checks that the byte count never clears a
// body that the parse with the guards refuses.
func FuzzCheapAgreesWithParse(f *testing.F) {
	for _, c := range hostile() {
		if len(c.body) < 4096 {
			f.Add([]byte(c.body))
		}
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		if !cheap(body) {
			return
		}
		if problems := parseCost(&Post{Path: "p.md", Body: body, BodyLine: 1}); len(problems) > 0 {
			t.Fatalf("cheap clears a body the parse refuses: %v", problems)
		}
	})
}

// BenchmarkCostRefuse measures refusing each hostile body: what load
// spends on the worst inputs before any page is made.
func BenchmarkCostRefuse(b *testing.B) {
	for _, c := range hostile() {
		b.Run(strings.ReplaceAll(c.name, " ", "-"), func(b *testing.B) {
			p := &Post{Path: "p.md", Body: []byte(c.body), BodyLine: 1}
			b.ReportAllocs()
			b.SetBytes(int64(len(c.body)))
			for b.Loop() {
				if len(CheckBody(p)) == 0 {
					b.Fatal("not refused")
				}
			}
		})
	}
}
