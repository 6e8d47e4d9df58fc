package render

import "html/template"

// The views: what templates receive. Each holds plain values only
// (strings, numbers, bools, HTML, slices of value structs, and pointers
// to view values: to what a page may lack, and to the cards and post
// views every page showing a post shares), never a pointer into the
// model, so a template can read nothing that the page's key (keywalk.go)
// does not cover. One constructor per page kind builds them (pages.go),
// from post cards and post views built once per post and render
// (posts.go).

// Page is what every page template receives. Which fields are filled
// depends on Kind; the others are empty.
type Page struct {
	// Programme, Preview, Base, T and Nav are on every page: the
	// programme's facts, whether this is a preview, the site's base path,
	// the theme's strings for the site's language ({{.T.key}}) and which
	// navigation entry the page belongs to.
	Programme ProgrammeView
	Preview   bool
	Base      string
	T         map[string]string
	Nav       Nav
	// Kind names the template: home, post, posts (the archive), rounds, round, report,
	// programme-report, tandems, tandem, tags, tag, authors, author, 404, review.
	Kind  string
	Title string
	// URL is the page's path below the base path ("" for the home page).
	URL         string
	Description string
	// NoIndex asks search engines not to index the page.
	NoIndex bool
	// Feed is the path of the page's feed, if it has its own.
	Feed string
	// Head, Header and Footer are the part of the <head> every page
	// shares, the site header and the footer, rendered from the
	// "site-head", "site-header" and "site-footer" templates with a page
	// that holds only Programme, Preview, Base, T, Nav and Kind.
	Head, Header, Footer template.HTML
	// HeadTitle, ShareTitle, MetaDescription and Canonical are what the
	// <head> prints, made from the fields above (Page.headFacts): the
	// <title>, og:title, the description shortened, BaseURL+URL ("" on 404);
	// HeadMeta the default theme's <head> from <title> to og:url made of them.
	// PostsHTML and RelatedHTML: the cards of Posts and Related, joined;
	// PagerHTML the default theme's pager of a list (its "pager" template).
	HeadTitle, ShareTitle, MetaDescription, Canonical string
	PostsHTML, RelatedHTML, HeadMeta, PagerHTML       template.HTML
	// Post is the post of a post page.
	Post *PostView
	// Posts are the posts listed on this page (one page of them), as
	// cards; Pinned are posts shown in full above them (a round's
	// retrospectives, on its first page).
	Posts  []*Card
	Pinned []*PostView
	Pager  *Pager
	// Later are the cards of a round's later pages, on its first page,
	// which prints them (print-only). The later pages have neither Later
	// nor Pinned, so a changed card or retrospective makes one page again.
	Later []*Card
	// Round, Tandem, Tag and Author are what a round, tandem, tag or
	// author page is about; Current is the running round on the home
	// page.
	Round   *RoundView
	Tandem  *TandemView
	Tag     *TagView
	Author  *PersonView
	Current *RoundView
	// Rounds (with their tandems), Tags and Authors are the overviews'
	// lists.
	Rounds  []RoundView
	Tags    []TagView
	Authors []PersonView
	// Topics are the programme's topics on the home page, each linked to
	// the page of the tag of its address when shown posts carry it (Href
	// empty otherwise).
	Topics []Link
	// Diary and Related are on a post page: the other posts of its
	// tandem's diary nearest to it (up to diaryLinks, oldest first), and
	// up to relatedCount other posts as cards, chosen by relatedPosts
	// (same tandem, then round, then shared tags). Tandem is the post's
	// tandem there, with its people and goals.
	Diary   []Link
	Related []*Card
	// TandemAside is the post's tandem as the "post-tandem" template
	// shows it beside the post, rendered once per tandem and render from
	// a page that holds only Programme, Preview, Base, T, Nav, Kind and
	// Tandem; empty without a tandem or without that template.
	TandemAside template.HTML
	// DiaryItems and TagItems are Diary and the post's tags as "link-item"
	// shows each link, once per link and render (empty without it); PostLine,
	// PrevNext, PostAside the default theme's byline, neighbours, aside.
	DiaryItems, TagItems, PostLine, PrevNext, PostAside template.HTML
	// AllPosts is every shown post, newest first, on the pages whose
	// templates name .AllPosts (see Renderer.wantsAll); empty elsewhere.
	AllPosts PostList
	// Dashboard is the review dashboard (preview only).
	Dashboard *Dashboard
	// Report is the figures of a round's report page.
	Report *ReportView
	// ProgrammeReport is the figures of the programme report.
	ProgrammeReport *ProgrammeReportView
	// err is why a part rendered before the page (TandemAside) failed;
	// the page fails with it.
	err error
}

// ProgrammeView is what every page shows of programme.yaml.
type ProgrammeView struct {
	Title, Organisation, Description string
	Topics                           []string
	Language, BaseURL                string
	Contact                          Contact
	// Logo and HeaderImage are the organisation's logo and header
	// picture (brand: in programme.yaml, files of content/static/), nil
	// when not given; for an SVG, Width and Height are 0.
	Logo, HeaderImage *ImageView
	// Colour is the brand colour ("" when none), ColourInk the text
	// colour on it (white or dark, whichever contrasts more), Accent and
	// AccentDark the links' colour on the light and the dark page: the
	// brand colour, or the nearest shade of it that reaches 4.5:1.
	Colour, ColourInk, Accent, AccentDark string
	// Favicon is the address of the site's icon: its own in
	// content/static/ when it has one, else the theme's; FaviconType its
	// media type.
	Favicon, FaviconType string
	sum                  Key // its key (keys.go)
}

// Contact is the programme's contact.
type Contact struct {
	Name, Email string
}

// Card is what a list shows of a post, built once per post and render and
// shared by every list showing it; HTML is the card, from "post-card".
type Card struct {
	Title, Href, DateISO, DateText string
	// Kind is "diary", "retrospective" or "announcement"; KindText its
	// name in the site's language, empty for diary entries.
	Kind, KindText string
	// State is the review state and StateText its name. Unpublished is
	// true for a post a production build would not show.
	State, StateText string
	Unpublished      bool
	Authors          []Link
	Round, Tandem    *Link
	Tags             []Link
	// Excerpt is the summary from the front matter, or the first
	// paragraph.
	Excerpt     string
	ReadMinutes int
	// Image is the post's cover, or nil (see ImageView). Meta is what the
	// default theme's "post-meta" prints of the card, made in Go (cardMeta).
	Image      *ImageView
	HTML, Meta template.HTML
	// sum is the card's key (keys.go), set by sealCard.
	sum Key
}

// PostList is a list of cards with its key, made once per render.
type PostList struct {
	Posts []*Card
	sum   Key
}

// PostView is a post as its own page shows it, and a round page its
// retrospectives: its card's values, its converted body and neighbours,
// and in a preview its review record.
type PostView struct {
	Title, Href, DateISO, DateText string
	Kind, KindText                 string
	State, StateText               string
	Unpublished                    bool
	Authors                        []Link
	Round, Tandem                  *Link
	Tags                           []Link
	Excerpt                        string
	ReadMinutes                    int
	Image                          *ImageView
	// Content is the body; Nested the body with headings two levels
	// lower, for retrospectives shown inside their round's page.
	Content, Nested template.HTML
	// Prev and Next link the neighbours in the tandem's diary.
	Prev, Next *Link
	// Highlights are a retrospective's highlights: the items of the list
	// under its heading "Highlights" (or "Höhepunkte"), as text.
	Highlights []string
	// Review is the review record, in a preview only.
	Review *ReviewView
	// body is the key of the Markdown Content and Nested were converted
	// from (bodyInput.key); sum is the view's key (keys.go).
	body, sum Key
}

// ReviewView is a post's review record as a preview shows it.
type ReviewView struct {
	// Path is the post's source file.
	Path string
	// Reason explains a stale or invalid approval.
	Reason                 string
	ApprovedBy, ApprovedAt string
	// ChangesRequested is set when a reviewer sent the post back, with
	// ChangesBy, ChangesAt and ChangesNote.
	ChangesRequested     bool
	ChangesBy, ChangesAt string
	ChangesNote          string
	// WaitingDays is how long a post in review has waited.
	WaitingDays int
	// Changes is what changed since a stale approval: the fields, the
	// bundle's files and the text's changed lines marked with <del> and
	// <ins>, escaped (see internal/changes); or why it is not known.
	Changes template.HTML
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

// RoundView is a round as pages show it.
type RoundView struct {
	ID, Title, Href, Summary string
	// Start and End are dates (2006-01-02); StartText and EndText the
	// same in the site's language.
	Start, End, StartText, EndText string
	PostCount                      int
	Tandems                        []TandemView
	sum                            Key // the round's key (keys.go)
}

// TandemView is a tandem as pages show it.
type TandemView struct {
	ID string
	// Name is the mentee's name, or the tandem's id without a mentee.
	Name, Href string
	Round      *Link
	Mentee     *PersonView
	Mentors    []PersonView
	Topics     []string
	Goals      []GoalView
	Cadence    string
	DiaryCount int
}

// PersonView is a person as pages show them. Href is empty for someone
// without an author page.
type PersonView struct {
	Key, Name, Department, Href string
	PostCount                   int
}

// TagView is a tag with its number of posts.
type TagView struct {
	Name, Href string
	PostCount  int
}

// Dashboard is the preview-only review page: every post that needs
// attention, by state, and how many are published.
type Dashboard struct {
	Groups    []DashboardGroup
	Published int
}

// DashboardGroup is the posts in one state.
type DashboardGroup struct {
	State, StateText string
	Posts            []DashboardEntry
}

// DashboardEntry is one post on the dashboard.
type DashboardEntry struct {
	Title, Href, DateText string
	Round, Tandem         string
	Authors               []Link
	Review                ReviewView
	// Files are the post's bundle files, each linked where the preview
	// publishes it: an approval covers their bytes, so the reviewer
	// should see every one, not only those the page shows.
	Files []Link
}

// Output is a generated file: its path below the output folder and its
// bytes.
type Output struct {
	Path string
	Data []byte
	// Key is the output's key (keys.go): outputs with the same key have
	// the same bytes. Zero for a streamed output.
	Key Key
}
