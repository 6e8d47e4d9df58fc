package render

import (
	"fmt"
	"strconv"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// homeLatest is how many posts the home page lists.
const homeLatest = 6

// plan plans every page, feed and the sitemap of the site into pl, group
// by group (see Cache).
func (r *Renderer) plan(pl *planner, s *site.Site, views postViews) {
	keys := pl.cache.programmeKeys(s.Programme)
	salt := siteSalt(s, keys)
	list := func(ps []*site.Post) []*PostView {
		out := make([]*PostView, len(ps))
		for i, p := range ps {
			out[i] = views.of(p)
		}
		return out
	}
	r.postJobs(pl, s, views, salt)
	size := s.Programme.PageSize
	all := list(s.Posts)
	pl.group("site", salt+keys.all, all, func() []job { return r.siteJobs(pl, s, all, salt+keys.all) })
	for _, round := range s.Rounds {
		var rest []*site.Post
		for _, p := range round.Posts {
			if p.Kind != content.KindRetrospective {
				rest = append(rest, p)
			}
		}
		posts, pinned := list(rest), list(round.Retrospectives)
		tandems := keys.roundKey(round)
		pl.list(round.URL, salt+tandems, pinned, posts, size, func(n, total int) job {
			j := r.listPage(pl, s, salt, "round", round.URL, round.Title, posts, n, total)
			j.page.Round, j.page.Pinned, j.page.Feed = round, pinned, round.URL+"feed.xml"
			j.key = pl.keyer(salt, string(j.key[:]), tandems, strconv.Itoa(len(round.Posts))).views(pinned).sum()
			return j
		})
	}
	for _, t := range s.Tandems {
		diary, tandem := list(t.Diary), keys.tandems[t.Tandem]
		pl.group(t.URL, salt+tandem, diary, func() []job {
			return []job{{path: t.URL + "index.html", key: pl.keyer(salt, "tandem", t.ID, tandem).views(diary).sum(),
				page: &Page{Site: s, Base: r.base, T: r.strings.text, Kind: "tandem", Title: tandemTitle(r, t), URL: t.URL, Tandem: t, Posts: diary}}}
		})
	}
	for _, tag := range s.Tags {
		posts := list(tag.Posts)
		pl.list(tag.URL, salt+tag.Name, nil, posts, size, func(n, total int) job {
			j := r.listPage(pl, s, salt, "tag", tag.URL, tag.Name, posts, n, total)
			j.page.Tag = tag
			j.key = pl.keyer(string(j.key[:]), strconv.Itoa(len(tag.Posts))).sum()
			return j
		})
	}
	for _, a := range s.Authors {
		posts := list(a.Posts)
		pl.list(a.URL, salt+a.Name, nil, posts, size, func(n, total int) job {
			j := r.listPage(pl, s, salt, "author", a.URL, a.Name, posts, n, total)
			j.page.Author = a
			j.key = pl.keyer(string(j.key[:]), strconv.Itoa(len(a.Posts))).sum()
			return j
		})
	}
	if s.Preview {
		pl.group("review/", salt, all, func() []job { return []job{r.dashboardJob(pl, s, salt, views)} })
	}
	r.feeds(pl, s, views, salt)
	r.sitemap(pl, s, all, salt, keys)
	pl.planLater()
}

// siteJobs plans the pages that list something of every post: the home
// page, the overviews and the 404 page. They show addresses, titles,
// counts and links, not the posts' text, so they key on the posts' meta
// keys; only the home page shows cards, of the latest posts. salt covers
// every tandem too.
func (r *Renderer) siteJobs(pl *planner, s *site.Site, all []*PostView, salt string) []job {
	sum := pl.keyer(salt, "all").metas(all).sum()
	allKey := string(sum[:])
	single := func(kind, url, title string) job {
		return job{path: url + "index.html", key: pl.keyer(salt, kind, allKey).sum(), page: &Page{Site: s, Base: r.base, T: r.strings.text, Kind: kind, Title: title, URL: url}}
	}
	home := single("home", "", s.Programme.Title)
	home.page.Posts = all[:min(homeLatest, len(all))]
	home.page.Description = s.Programme.Description
	home.key = pl.keyer(salt, "home", allKey).views(home.page.Posts).sum()
	nf := single("404", "", r.strings.T("not_found_title"))
	nf.path, nf.page.NoIndex = "404.html", true
	return []job{home,
		single("rounds", "rounds/", r.strings.T("rounds")),
		single("tandems", "tandems/", r.strings.T("tandems")),
		single("tags", "tags/", r.strings.T("tags")),
		single("authors", "authors/", r.strings.T("authors")),
		nf}
}

func tandemTitle(r *Renderer, t *site.Tandem) string {
	if t.Mentee != nil {
		return r.strings.T("tandem_with", "mentee", t.Mentee.Name)
	}
	return r.strings.T("tandem") + " " + t.ID
}

// listPage plans page n of total of a list paginated page_size posts to
// a page: the first at url, the others at url/page/N/.
func (r *Renderer) listPage(pl *planner, s *site.Site, salt, kind, url, title string, posts []*PostView, n, total int) job {
	size := s.Programme.PageSize
	pageURL := func(n int) string {
		if n == 1 {
			return url
		}
		return fmt.Sprintf("%spage/%d/", url, n)
	}
	chunk := posts[(n-1)*size : min(n*size, len(posts))]
	pager := &Pager{Number: n, Total: total}
	if n > 1 {
		pager.PrevURL = pageURL(n - 1)
	}
	if n < total {
		pager.NextURL = pageURL(n + 1)
	}
	k := pl.keyer(salt, kind, url, strconv.Itoa(n), strconv.Itoa(total), title).views(chunk)
	pt := title
	if n > 1 {
		pt = fmt.Sprintf("%s (%s)", title, r.strings.T("page_of", "n", n, "total", total))
	}
	return job{path: pageURL(n) + "index.html", key: k.sum(),
		page: &Page{Site: s, Base: r.base, T: r.strings.text, Kind: kind, Title: pt, URL: pageURL(n), Posts: chunk, Pager: pager}}
}
