package render

import (
	"html/template"
	"strings"
	"sync"
)

// linkItems renders links as the theme's "link-item" template shows one
// item of a list of links (a post page's diary and tags), each distinct
// link once per render: a tag's link is the same on the pages of all its
// posts, a post's on the pages of its diary's neighbours. An item is
// made from nothing but its link, a name and an address, so the link is
// its key, and the pages' keys cover their links.
type linkItems struct {
	r *Renderer
	// has tells whether the theme defines link-item; without it every
	// list is empty.
	has  bool
	mu   sync.RWMutex
	made map[Link]template.HTML
}

// newLinkItems returns the link items of one render, none made yet.
func (r *Renderer) newLinkItems() *linkItems {
	return &linkItems{r: r, has: r.pages["post"].Lookup("link-item") != nil, made: map[Link]template.HTML{}}
}

// list returns the items of links, one after the other.
func (li *linkItems) list(links []Link) (template.HTML, error) {
	if !li.has || len(links) == 0 {
		return "", nil
	}
	var room [8]template.HTML // a page's diary or tags, without an allocation
	items, n := room[:0], 0
	for _, l := range links {
		item, err := li.item(l)
		if err != nil {
			return "", err
		}
		items, n = append(items, item), n+len(item)
	}
	var b strings.Builder
	b.Grow(n)
	for _, item := range items {
		b.WriteString(string(item))
	}
	return template.HTML(b.String()), nil
}

// item returns the item of l, rendering it on first use. Pages that ask
// for a new link at the same time may each render it: they get the same
// bytes.
func (li *linkItems) item(l Link) (template.HTML, error) {
	li.mu.RLock() // most links are made already: pages read them side by side
	item, ok := li.made[l]
	li.mu.RUnlock()
	if ok {
		return item, nil
	}
	item, err := li.r.fragmentOf("post", "link-item", l)
	if err != nil {
		return "", err
	}
	li.mu.Lock()
	li.made[l] = item
	li.mu.Unlock()
	return item, nil
}
