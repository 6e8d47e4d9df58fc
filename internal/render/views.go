package render

import (
	"html/template"

	"github.com/tandem-mentoring/tandem/internal/site"
)

// Page is what every page template receives.
type Page struct {
	Site *site.Site
	// Kind names the template: home, post, rounds, round, tandems, tandem,
	// tags, tag, authors, author, 404, review.
	Kind  string
	Title string
	// URL is the page's path below the base path ("" for the home page).
	URL         string
	Description string
	Post        *PostView
	Round       *site.Round
	Tandem      *site.Tandem
	Tag         *site.Tag
	Author      *site.Person
	// Posts are the posts listed on this page (one page of them).
	Posts []*PostView
	// Pinned are posts shown above the list (a round's retrospectives).
	Pinned []*PostView
	Pager  *Pager
	// Feed is the path of the page's feed, if it has its own.
	Feed      string
	Dashboard *Dashboard
	// NoIndex asks search engines not to index the page.
	NoIndex bool
}

// PostView is a post with its converted body.
type PostView struct {
	*site.Post
	Content template.HTML
	// Excerpt is the summary from the front matter, or the first
	// paragraph.
	Excerpt     string
	ReadMinutes int
}

// Pager links the pages of a paginated list.
type Pager struct {
	Number, Total int
	PrevURL       string
	NextURL       string
	Pages         []PageLink
}

// PageLink is one numbered link in a Pager.
type PageLink struct {
	Number  int
	URL     string
	Current bool
}

// Output is a generated file: its path below the output folder and its
// bytes.
type Output struct {
	Path string
	Data []byte
}
