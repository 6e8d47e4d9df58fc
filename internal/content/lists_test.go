package content

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// manyPost is a post whose tags and authors lists (one flow list each)
// have n entries: "t0, t1, …" and "a0, a1, …".
func manyPost(n int, block bool) string {
	tags, authors := make([]string, n), make([]string, n)
	for i := range n {
		tags[i], authors[i] = fmt.Sprintf("t%d", i), fmt.Sprintf("a%d", i)
	}
	if block {
		return "---\ntitle: Viele\ndate: 2024-03-05\nround: r1\ntags:\n  - " + strings.Join(tags, "\n  - ") +
			"\nauthors:\n  - " + strings.Join(authors, "\n  - ") + "\n---\nText.\n"
	}
	return "---\ntitle: Viele\ndate: 2024-03-05\nround: r1\ntags: [" + strings.Join(tags, ", ") +
		"]\nauthors: [" + strings.Join(authors, ", ") + "]\n---\nText.\n"
}

// TestTooManyTagsAndAuthors: a post may have MaxTags tags and MaxAuthors
// authors; the first entry beyond is an error at its place, and the post
// keeps only the first ones, so no later stage works through the rest.
func TestTooManyTagsAndAuthors(t *testing.T) {
	t.Parallel()
	const name = "content/posts/r1/2024-03-05-viele.md"
	post, problems := Parse(name, []byte(manyPost(MaxTags, false)))
	wantProblems(t, problems, nil)
	if len(post.Tags) != MaxTags || len(post.Authors) != MaxAuthors {
		t.Fatalf("%d tags and %d authors kept, want all %d", len(post.Tags), len(post.Authors), MaxTags)
	}
	for _, block := range []bool{false, true} {
		post, problems = Parse(name, []byte(manyPost(1000, block)))
		tagsAt, authorsAt := name+":5:318", name+":6:321" // "t64" and "a64" in the flow lists
		if block {
			tagsAt, authorsAt = name+":70:5", name+":1071:5"
		}
		wantProblems(t, problems, []string{
			authorsAt + " too-many: the post has 1000 authors; at most 64 are allowed",
			tagsAt + " too-many: the post has 1000 tags; at most 64 are allowed",
		})
		if len(post.Tags) != MaxTags || len(post.Authors) != MaxAuthors || post.Tags[MaxTags-1] != "t63" || post.Authors[MaxAuthors-1].Key != "a63" {
			t.Errorf("block %v: kept %d tags (last %q), %d authors; want the first %d", block, len(post.Tags), post.Tags[len(post.Tags)-1], len(post.Authors), MaxTags)
		}
	}
}

// TestManyTagsLoadInLinearWork: reading a post with 4n tags and authors
// allocates about 4 times what n take (185,000 tags once took a production
// build 76 s, most of it in loops over the list inside loops over it).
func TestManyTagsLoadInLinearWork(t *testing.T) {
	if testing.Short() {
		t.Skip("measures the heap, which the race detector inflates: the run without -short has it")
	}
	allocated := func(n int) uint64 {
		data := []byte(manyPost(n, false))
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		Parse("content/posts/r1/2024-03-05-viele.md", data)
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	allocated(100) // warm up: the first parse sets up what every later one shares
	n1, n4 := allocated(10_000), allocated(40_000)
	if n4 > 5*n1 {
		t.Errorf("4× the tags allocated %d bytes, over 5× the %d of 10,000", n4, n1)
	}
}

func TestUniqueStrings(t *testing.T) {
	t.Parallel()
	got := uniqueStrings([]string{"KI", "Führung", "KI", "Apps", "Führung"})
	if fmt.Sprint(got) != "[KI Führung Apps]" {
		t.Errorf("uniqueStrings = %q, want the first of each in order", got)
	}
}

// BenchmarkManyTags reads a post with 60,000 tags and 60,000 authors in
// flow lists, about as many as fit into MaxPostSize: the worst case of
// the lists' cost (before the lists were read in one pass, a post with
// 50,000 tags took tandem check 6.9 s).
func BenchmarkManyTags(b *testing.B) {
	data := []byte(manyPost(60_000, false))
	if len(data) > MaxPostSize {
		b.Fatalf("the post is %d bytes, over MaxPostSize", len(data))
	}
	b.ReportAllocs()
	for b.Loop() {
		Parse("content/posts/r1/2024-03-05-viele.md", data)
	}
}
