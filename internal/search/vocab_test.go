package search

import (
	"runtime"
	"slices"
	"testing"
)

// TestCountVocabularyGroups counts the vocabulary of 1,500 generated
// posts with counters that each weigh a group of them (on two cores
// groups of 188 posts: a counter meets most words in an earlier post)
// and compares it with the vocabulary of the posts' terms weighed each
// with a counter of its own: the same words, the same terms of each
// post in the same order with the same weights, the same counts.
func TestCountVocabularyGroups(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	docs := generated(t, 1500)
	if g := counterGroup(len(docs)); g <= 64 {
		t.Fatalf("%d posts in groups of %d, want more than 64", len(docs), g)
	}
	got := countVocabulary(docs)
	terms := make([]termList, len(docs))
	stop := newStopSet()
	for i := range docs {
		terms[i] = newCounter(stop).weigh(&docs[i])
	}
	want := newVocabulary(terms)
	if !slices.Equal(got.words, want.words) || !slices.Equal(got.count, want.count) {
		t.Fatalf("%d words counted in groups, %d each post apart, or other counts", len(got.words), len(want.words))
	}
	for d := range docs {
		if !slices.Equal(got.terms[d], want.terms[d]) {
			t.Fatalf("post %d: terms %v in groups, %v apart", d, got.terms[d], want.terms[d])
		}
	}
}
