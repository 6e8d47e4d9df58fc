package site

import (
	"github.com/tandem-mentoring/tandem/internal/changes"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
)

// Site is everything render needs to write the pages.
type Site struct {
	Programme *programme.Programme
	// Preview is true for a preview build: unpublished posts are shown
	// with their state, and the review dashboard is written.
	Preview bool
	Now     time.Time
	// BasePath is the path of base_url, e.g. "/mentoring/" or "/".
	BasePath string
	// Posts are the shown posts, newest first.
	Posts   []*Post
	Rounds  []*Round
	Tandems []*Tandem
	Tags    []*Tag
	Authors []*Author
	// Current is the round running at Now (or the latest that started),
	// or nil.
	Current *Round
	// Changes holds, in a preview, what changed in each stale post since
	// its approval, by path (see internal/changes); nil in production.
	Changes map[string]changes.Shown
	// Static are the photos of content/static/ with their derivatives,
	// sorted by address (see StaticImages): a post's image that links
	// one is shown as responsive as a photo of its bundle.
	Static []Image
}

// Post is a post as shown on the site.
type Post struct {
	*content.Post
	Verdict review.Verdict
	// URL is the page's path below the base path, e.g. "posts/x/".
	URL string
	// Href is the link to the page: the base path and URL.
	Href    string
	Round   *Round
	Tandem  *Tandem
	Authors []*Person
	Tags    []*Tag
	// Prev and Next are the neighbours in the same tandem's diary
	// (Prev is older).
	Prev, Next *Post
	// Images are the photos of its bundle with their derivatives.
	Images []Image
	// Number is the post's place in Posts, numbered from 0. Later stages
	// keep what they compute per post in slices indexed by it.
	Number int
}

// Round is a programme round with its shown posts.
type Round struct {
	programme.Round
	URL, Href string
	// Posts are newest first, retrospectives included.
	Posts []*Post
	// Retrospectives are pinned first on the round page.
	Retrospectives []*Post
	Tandems        []*Tandem
}

// Tandem is a tandem with its diary.
type Tandem struct {
	*programme.Tandem
	URL     string
	Href    string
	Round   *Round
	Mentors []*Person
	Mentee  *Person
	// Diary holds the tandem's shown posts, oldest first.
	Diary []*Post
}

// Tag is a tag with its shown posts, newest first.
type Tag struct {
	Name  string
	Slug  string
	URL   string
	Href  string
	Posts []*Post
	// Number is the tag's place in Site.Tags, numbered from 0: later
	// stages count per tag in slices indexed by it.
	Number int
}

// Person is someone named in the programme.
type Person struct {
	programme.Person
	// URL is the author page, or "" when the person wrote no shown post.
	URL, Href string
	// Posts are the shown posts they wrote, newest first.
	Posts []*Post
}

// Author is a Person who wrote at least one shown post.
type Author = Person

// Shown reports whether a post with verdict v appears in a build.
func Shown(v review.Verdict, preview bool) bool {
	return preview || v.Published()
}
