package render

import (
	"html/template"

	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// Page is what every page template receives.
type Page struct {
	Site *site.Site
	// Base is the site's base path and T the theme's strings for the
	// site's language ({{.T.key}}): what every template may need besides
	// its data. They are plain fields, not function calls (which
	// html/template makes through reflection), and not promoted from an
	// embedded struct either: text/template looks a promoted field up
	// anew on every use, with a search that allocates.
	Base string
	T    map[string]string
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
	// Nav says which main navigation entry the page belongs to.
	Nav Nav
	// Head, Header and Footer are the part of the <head> every page
	// shares, the site header and the footer, rendered once per render
	// from the "site-head", "site-header" and "site-footer" templates
	// (the header once per section, for aria-current).
	Head, Header, Footer template.HTML
}

// Nav marks the navigation entry of the current page (for aria-current).
type Nav struct {
	Rounds, Tandems, Tags, Authors, Review bool
}

func navFor(kind string) Nav {
	return Nav{
		Rounds:  kind == "rounds" || kind == "round",
		Tandems: kind == "tandems" || kind == "tandem",
		Tags:    kind == "tags" || kind == "tag",
		Authors: kind == "authors" || kind == "author",
		Review:  kind == "review",
	}
}

// PostView is a post as templates show it: its converted body and every
// value a card or page prints, computed once per render and shared by all
// the pages that list the post.
type PostView struct {
	Post *site.Post
	// Base and T are as in Page.
	Base     string
	T        map[string]string
	Title    string
	Href     string
	DateISO  string
	DateText string
	// Kind is "diary", "retrospective" or "announcement"; KindText its
	// name in the site's language, empty for diary entries (the usual
	// kind, not worth a label).
	Kind, KindText string
	// State is the review state and StateText its name. Unpublished is
	// true for a post a production build would not show.
	State, StateText string
	Unpublished      bool
	Authors          []Link
	Round            *Link
	Tandem           *Link
	Tags             []Link
	Content          template.HTML
	// Nested is Content with headings two levels lower, for
	// retrospectives shown inside their round's page.
	Nested template.HTML
	// Card is the post's card for lists, rendered once from the
	// "post-card" template and reused by every list that shows the post.
	Card template.HTML
	// Excerpt is the summary from the front matter, or the first
	// paragraph.
	Excerpt     string
	ReadMinutes int
	// Prev and Next link the neighbours in the tandem's diary.
	Prev, Next *Link
	// meta and key are hashes of what the view shows (see viewKeys).
	meta, key [32]byte
	// body is the converted Markdown the view was made with.
	body Body
	// hash and verdict are the post's when the view was made (the model
	// may since have given Post another file, see site.Site.Replace).
	hash    [32]byte
	verdict review.Verdict
}

// Link is a named link.
type Link struct {
	Name, Href string
}

// Pager links the pages of a paginated list.
type Pager struct {
	Number, Total int
	PrevURL       string
	NextURL       string
}

// Output is a generated file: its path below the output folder and its
// bytes.
type Output struct {
	Path string
	Data []byte
}
