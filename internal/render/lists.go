package render

import (
	"fmt"
	"strconv"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// homeLatest is how many posts the home page lists.
const homeLatest = 6

// authorSalt goes into every key: what any page may show beyond its own
// posts (links to author pages exist only for people with posts).
// It is hashed once, so it adds 32 bytes to each key however many authors
// there are.
func authorSalt(s *site.Site) string {
	k := newKeyer(fmt.Sprintf("%t|%s|%s", s.Preview, s.Now.UTC().Format("2006-01-02T15:04:05"), s.BasePath))
	for _, a := range s.Authors {
		k.str(a.Key)
	}
	sum := k.sum()
	return string(sum[:])
}

// plan lists every page of the site with its key.
func (r *Renderer) plan(s *site.Site, views map[*site.Post]*PostView, salt string) []job {
	list := func(ps []*site.Post) []*PostView {
		out := make([]*PostView, len(ps))
		for i, p := range ps {
			out[i] = views[p]
		}
		return out
	}
	all := newKeyer(salt, "all").views(list(s.Posts)).sum()
	allKey := string(all[:])
	single := func(kind, url, title string) job {
		return job{path: url + "index.html", key: newKeyer(salt, kind, allKey).sum(), page: &Page{Site: s, UI: r.ui, Kind: kind, Title: title, URL: url}}
	}
	jobs := r.postJobs(s, views, salt)
	home := single("home", "", s.Programme.Title)
	home.page.Posts = list(s.Posts[:min(homeLatest, len(s.Posts))])
	home.page.Description = s.Programme.Description
	jobs = append(jobs, home,
		single("rounds", "rounds/", r.strings.T("rounds")),
		single("tandems", "tandems/", r.strings.T("tandems")),
		single("tags", "tags/", r.strings.T("tags")),
		single("authors", "authors/", r.strings.T("authors")))
	nf := single("404", "", r.strings.T("not_found_title"))
	nf.path, nf.page.NoIndex = "404.html", true
	jobs = append(jobs, nf)
	for _, round := range s.Rounds {
		var rest []*site.Post
		for _, p := range round.Posts {
			if p.Kind != content.KindRetrospective {
				rest = append(rest, p)
			}
		}
		for _, j := range r.paginate(s, salt, "round", round.URL, round.Title, list(rest)) {
			j.page.Round, j.page.Pinned, j.page.Feed = round, list(round.Retrospectives), round.URL+"feed.xml"
			j.key = newKeyer(salt, string(j.key[:]), fmt.Sprint(len(round.Posts))).views(list(round.Retrospectives)).sum()
			jobs = append(jobs, j)
		}
	}
	for _, t := range s.Tandems {
		j := job{path: t.URL + "index.html", key: newKeyer(salt, "tandem", t.ID).views(list(t.Diary)).sum(),
			page: &Page{Site: s, UI: r.ui, Kind: "tandem", Title: tandemTitle(r, t), URL: t.URL, Tandem: t, Posts: list(t.Diary)}}
		jobs = append(jobs, j)
	}
	for _, tag := range s.Tags {
		for _, j := range r.paginate(s, salt, "tag", tag.URL, tag.Name, list(tag.Posts)) {
			j.page.Tag = tag
			j.key = newKeyer(string(j.key[:]), fmt.Sprint(len(tag.Posts))).sum()
			jobs = append(jobs, j)
		}
	}
	for _, a := range s.Authors {
		for _, j := range r.paginate(s, salt, "author", a.URL, a.Name, list(a.Posts)) {
			j.page.Author = a
			j.key = newKeyer(string(j.key[:]), fmt.Sprint(len(a.Posts))).sum()
			jobs = append(jobs, j)
		}
	}
	if s.Preview {
		jobs = append(jobs, r.dashboardJob(s, salt, views))
	}
	return jobs
}

func tandemTitle(r *Renderer, t *site.Tandem) string {
	if t.Mentee != nil {
		return r.strings.T("tandem_with", "mentee", t.Mentee.Name)
	}
	return r.strings.T("tandem") + " " + t.ID
}

// paginate splits a list into pages of page_size posts: the first at
// url, the others at url/page/N/.
func (r *Renderer) paginate(s *site.Site, salt, kind, url, title string, posts []*PostView) []job {
	size := s.Programme.PageSize
	total := max(1, (len(posts)+size-1)/size)
	pageURL := func(n int) string {
		if n == 1 {
			return url
		}
		return fmt.Sprintf("%spage/%d/", url, n)
	}
	jobs := make([]job, 0, total)
	for n := 1; n <= total; n++ {
		chunk := posts[(n-1)*size : min(n*size, len(posts))]
		pager := &Pager{Number: n, Total: total}
		if n > 1 {
			pager.PrevURL = pageURL(n - 1)
		}
		if n < total {
			pager.NextURL = pageURL(n + 1)
		}
		k := newKeyer(salt, kind, url, strconv.Itoa(n), strconv.Itoa(total), title).views(chunk)
		pt := title
		if n > 1 {
			pt = fmt.Sprintf("%s (%s)", title, r.strings.T("page_of", "n", n, "total", total))
		}
		jobs = append(jobs, job{path: pageURL(n) + "index.html", key: k.sum(),
			page: &Page{Site: s, UI: r.ui, Kind: kind, Title: pt, URL: pageURL(n), Posts: chunk, Pager: pager}})
	}
	return jobs
}
