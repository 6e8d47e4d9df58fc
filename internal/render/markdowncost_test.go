package render

import (
	"errors"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/images"
)

// heapBudget is the most memory converting one post may take (issue 16).
const heapBudget = 256 << 20

// costPage is the page of the posts converted here: a long address, so
// that resolving relative links adds as much as it can.
var costPage = "/mentoring/posts/" + strings.Repeat("langer-titel-", 19) + "/"

// worstAllowed are the bodies within the cost model that render to the
// most HTML for their size, each at the limit that bounds it.
func worstAllowed() map[string]string {
	lines := content.MaxLines - 1
	rows := content.MaxTableCells/content.MaxTableColumns - 1
	table := "|" + strings.Repeat("a|", content.MaxTableColumns) + "\n|" + strings.Repeat(":-:|", content.MaxTableColumns) + "\n" + strings.Repeat("|\n", rows)
	ref := "[r]: </" + strings.Repeat(`"`, 15000) + "> \"" + strings.Repeat("&", 1000) + "\"\n\n"
	refs := ref + strings.Repeat("[r]\n\n", content.MaxReferenceBytes/16000)
	return map[string]string{
		"empty cells": table,
		"references":  refs,
		"quotes":      strings.Repeat(strings.Repeat(">", content.MaxNesting)+"\n\n", lines/2),
		"lists":       strings.Repeat(strings.Repeat("+ ", content.MaxNesting)+"\n\n", lines/2),
		"headings":    strings.Repeat("#\n", lines),
		"links":       strings.Repeat(strings.Repeat("[](a)", content.MaxInlineMarks/2)+"\n\n", content.MaxLinks/(content.MaxInlineMarks/2)),
		"raw html":    strings.Repeat(strings.Repeat("<a>", 5000)+"\n", 64),
		"quotes mark": strings.Repeat(strings.Repeat(`"`, 16000)+"\n", 64),
	}
}

// TestConvertWithinBound converts the worst bodies the cost model
// allows and checks that each is within content.MaxHTML and the heap
// budget.
func TestConvertWithinBound(t *testing.T) {
	if testing.Short() {
		t.Skip("measures the heap, which the race detector inflates: the run without -short has it")
	}
	for name, body := range worstAllowed() {
		t.Run(name, func(t *testing.T) {
			src := []byte(body)
			if len(src) > content.MaxPostSize {
				t.Fatalf("%d bytes; a post has at most %d", len(src), content.MaxPostSize)
			}
			if problems := content.CheckBody(&content.Post{Path: "p.md", Body: src, BodyLine: 1}); problems.HasErrors() {
				t.Fatalf("the cost model refuses it: %v", problems)
			}
			var b Body
			var err error
			c := newConverter(images.DefaultSizes)
			heap := measureHeap(func() { b, err = c.convert(src, costPage, true, nil, nil) })
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%d KiB of Markdown: %d KiB of HTML (%.1f times), %d MiB of heap", len(src)>>10, len(b.HTML)>>10, float64(len(b.HTML))/float64(len(src)), heap>>20)
			if heap > heapBudget {
				t.Errorf("converting took %d MiB of heap; at most %d", heap>>20, heapBudget>>20)
			}
		})
	}
}

// TestConvertCapped checks the backstop: Markdown the cost model would
// refuse, converted all the same, stops at content.MaxHTML with an error
// that says so, instead of rendering a page a hundred times its size.
func TestConvertCapped(t *testing.T) {
	src := []byte("|" + strings.Repeat("a|", 64) + "\n|" + strings.Repeat("-|", 64) + "\n" + strings.Repeat("|\n", 6000))
	c := newConverter(images.DefaultSizes)
	_, err := c.convert(src, costPage, false, nil, nil)
	if !errors.Is(err, errTooMuchHTML) {
		t.Fatalf("convert = %v, want %v", err, errTooMuchHTML)
	}
	if c.html.buf.Len() > content.MaxHTML(len(src), 0) {
		t.Errorf("the buffer holds %d bytes; at most %d", c.html.buf.Len(), content.MaxHTML(len(src), 0))
	}
	// The converter is fine for the next post.
	if b, err := c.convert([]byte("*Hallo*"), costPage, false, nil, nil); err != nil || b.HTML != "<p><em>Hallo</em></p>\n" {
		t.Errorf("next convert = %q, %v", b.HTML, err)
	}
}

// FuzzConvertBounded drives random Markdown through the converter under
// the cost model: a body the model accepts converts without a panic and
// within content.MaxHTML.
func FuzzConvertBounded(f *testing.F) {
	for _, body := range worstAllowed() {
		if len(body) < 4096 {
			f.Add([]byte(body))
		}
	}
	c := newConverter(images.DefaultSizes)
	f.Fuzz(func(t *testing.T, src []byte) {
		if !utf8.Valid(src) || len(src) > content.MaxPostSize {
			return
		}
		if content.CheckBody(&content.Post{Path: "p.md", Body: src, BodyLine: 1}).HasErrors() {
			return
		}
		// convert fails at the cap (TestConvertCapped): no error means
		// within it.
		if _, err := c.convert(src, costPage, true, nil, nil); err != nil {
			t.Fatalf("convert: %v", err)
		}
	})
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

// BenchmarkConvertWorstAllowed measures converting the worst bodies the
// cost model allows: time, memory, and HTML per byte of Markdown.
func BenchmarkConvertWorstAllowed(b *testing.B) {
	for name, body := range worstAllowed() {
		b.Run(strings.ReplaceAll(name, " ", "-"), func(b *testing.B) {
			src := []byte(body)
			c := newConverter(images.DefaultSizes)
			b.ReportAllocs()
			b.SetBytes(int64(len(src)))
			var out Body
			for b.Loop() {
				var err error
				if out, err = c.convert(src, costPage, true, nil, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(out.HTML))/float64(len(src)), "html/md")
		})
	}
}
