package diag

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// levenshtein is the textbook full-table edit distance, the reference
// within is checked against.
func levenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// checkWithin compares within with the full table for every limit up to
// a little over the true distance.
func checkWithin(t *testing.T, a, b string) {
	t.Helper()
	ra, rb := []rune(a), []rune(b)
	want := levenshtein(ra, rb)
	for limit := 0; limit <= want+2; limit++ {
		got, _ := within(ra, rb, limit)
		if want <= limit && got != want || want > limit && got != limit+1 {
			t.Fatalf("within(%q, %q, %d) = %d; the distance is %d", a, b, limit, got, want)
		}
	}
}

func TestWithinMatchesFullTable(t *testing.T) {
	for _, c := range [][2]string{
		{"", ""}, {"", "abc"}, {"kitten", "sitting"}, {"flaw", "lawn"}, {"tiktok", "tikotk"},
		{"was-ich-gelernt-habe", "was-ich-gelent-habe"}, {"äöü", "aou"}, {"abc", "abcdefgh"},
	} {
		checkWithin(t, c[0], c[1])
		checkWithin(t, c[1], c[0])
	}
	r := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		b := make([]byte, r.IntN(14))
		for i := range b {
			b[i] = "abc-"[r.IntN(4)]
		}
		return string(b)
	}
	for range 2000 {
		checkWithin(t, word(), word())
	}
}

func FuzzDistanceWithin(f *testing.F) {
	f.Add("kitten", "sitting", 2)
	f.Add("", "abc", 0)
	f.Add("tiktok", "TikTok", 1)
	f.Fuzz(func(t *testing.T, a, b string, limit int) {
		if len(a) > 64 || len(b) > 64 || limit < 0 || limit > 70 {
			return
		}
		want := min(levenshtein([]rune(strings.ToLower(a)), []rune(strings.ToLower(b))), limit+1)
		if got, _ := DistanceWithin(a, b, limit); got != want {
			t.Fatalf("DistanceWithin(%q, %q, %d) = %d, want %d", a, b, limit, got, want)
		}
	})
}

func TestClosestStillSuggests(t *testing.T) {
	for _, c := range []struct{ word, want string }{
		{"titel", "title"},
		{"Tags", "tags"},
		{"autors", "authors"},
		{"zzzzzz", ""},
		{strings.Repeat("title", 100), ""},
	} {
		if got := Closest(c.word, []string{"title", "date", "tags", "authors", "summary"}); got != c.want {
			t.Errorf("Closest(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}

// TestClosestWorkIsBounded counts the cells of edit-distance tables
// Closest fills: a long word against many names, and a word of names'
// length against four times as many, costs no more than its share.
func TestClosestWorkIsBounded(t *testing.T) {
	names := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = strings.Repeat(string(rune('a'+i%26)), 8+i%16)
		}
		return out
	}
	// 5,000 characters compared with 1,000 short names: nothing to fill
	// (the full tables would have 5,000 × 16 cells each).
	if _, cells := closest(strings.Repeat("x", 5000), names(1000)); cells != 0 {
		t.Errorf("a 5,000-character word filled %d cells, want 0", cells)
	}
	// 200 characters, as long as the names: the band, not the table.
	long := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = strings.Repeat("ab", 100) + string(rune('a'+i%26))
		}
		return out
	}
	word := strings.Repeat("ba", 100)
	_, n1 := closest(word, long(100))
	_, n4 := closest(word, long(400))
	if full := 100 * 200 * 201; n1 >= full/2 {
		t.Errorf("100 comparisons of 200 characters filled %d cells; the full tables have %d", n1, full)
	}
	if n4 > 4*n1 {
		t.Errorf("4× the candidates filled %d cells, over 4× %d", n4, n1)
	}
}
