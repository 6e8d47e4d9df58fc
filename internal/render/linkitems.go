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
	item, err := li.make(l)
	if err != nil {
		return "", err
	}
	li.mu.Lock()
	li.made[l] = item
	li.mu.Unlock()
	return item, nil
}

// make makes the item of l: in Go when the theme's "link-item" is the
// default theme's, else with the theme's template.
func (li *linkItems) make(l Link) (template.HTML, error) {
	if li.r.linkItemInGo {
		return linkItem(l), nil
	}
	return li.r.fragmentOf("post", "link-item", l)
}

// linkItemTemplate is the default theme's "link-item" template, as its
// parse tree prints it: linkItem makes its items in Go, for a theme whose
// "link-item" is exactly this (TestLinkItemAsTemplate).
const linkItemTemplate = `<li><a href="{{.Href}}">{{.Name}}</a></li>`

// linkItem is what linkItemTemplate prints of l.
func linkItem(l Link) template.HTML {
	var m markup
	m.b.Grow(len(l.Href) + len(l.Name) + 24)
	m.raw("<li>")
	m.anchor(l)
	m.raw("</li>")
	return m.html()
}

// defines reports whether t's template name is text: its parse tree,
// printed, is text. It must be asked before t is first executed, as
// html/template's escaping adds to the tree.
func defines(t *template.Template, name, text string) bool {
	d := t.Lookup(name)
	return d != nil && d.Tree != nil && d.Tree.Root.String() == text
}
