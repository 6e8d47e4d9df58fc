package render

import "sync"

// Cache is what one render leaves for the next with the same cache (the
// dev server renders after every save): each output's path, key and
// bytes, in the order the render planned them, and each post's view,
// card and converted Markdown with the input they were made from. A page
// is found by a key over all its view holds, a post by its input, which
// is all its view is made from, so what is found is what a render would
// make. The zero value is not usable; call NewCache.
type Cache struct {
	// print is the fingerprint of the renderer the entries were made
	// by; another renderer starts the cache afresh.
	print [32]byte
	// keys makes every key of the entries, for the life of the cache.
	keys *keying
	// pages are the outputs of the last render, sorted by path.
	pages []cachedPage
	// posts are the posts of the last render, in its order; postsByPath
	// finds one whose position changed.
	posts       []*cachedPost
	postsByPath *postIndex
	// search is the last search index (see searchMemo).
	search searchMemo
	// order is the sorted order of the last render's plan, and was
	// where each output of the render under way was among pages (see
	// sortJobs; nil when it plans the same paths).
	order planOrder
	was   []int
	// next holds what the render under way made or used, which is all
	// the next render may find: a cache never holds more than one site.
	// Each output has its own entry of pages, so they need no lock.
	next struct {
		pages []cachedPage
		posts []*cachedPost
		order planOrder
	}
}

// cachedPost is a post as a render made it: from its input, its body,
// view and card. Nothing changes it once made.
type cachedPost struct {
	in   postInput
	body Body
	view *PostView
	card *Card
}

// postIndex finds a post of the last render by its path, made on the
// first lookup of a post whose position changed.
type postIndex struct {
	once sync.Once
	m    map[string]*cachedPost
}

type cachedPage struct {
	path string
	key  Key
	data []byte
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{keys: newKeying(), postsByPath: &postIndex{}}
}

// start begins a render by the renderer with fingerprint print.
func (c *Cache) start(print [32]byte) {
	if c.print != print {
		*c = Cache{print: print, keys: c.keys, postsByPath: &postIndex{}}
	}
}

// startPages begins the pages of a render of n outputs.
func (c *Cache) startPages(n int) {
	if cap(c.next.pages) < n {
		c.next.pages = make([]cachedPage, n)
	}
	c.next.pages = c.next.pages[:n]
	clear(c.next.pages)
}

// finish ends a render: what it used is what the cache holds now.
func (c *Cache) finish() {
	c.pages, c.next.pages = c.next.pages, c.pages
	c.order, c.next.order = c.next.order, c.order
	c.posts, c.next.posts = c.next.posts, nil
	c.postsByPath = &postIndex{}
}

// last returns what the last render made at the path of the n-th
// output of the render under way (see sortJobs).
func (c *Cache) last(n int) (cachedPage, bool) {
	j := n
	if c.was != nil {
		j = c.was[n]
	}
	if j < 0 || j >= len(c.pages) {
		return cachedPage{}, false
	}
	return c.pages[j], true
}

// lastPost returns the last render's post at path, which it had as its
// i-th post when the order of posts did not change. A nil cache has
// none.
func (c *Cache) lastPost(i int, path string) (*cachedPost, bool) {
	if c == nil {
		return nil, false
	}
	if i < len(c.posts) && c.posts[i] != nil && c.posts[i].in.facts.Path == path {
		return c.posts[i], true
	}
	x := c.postsByPath
	x.once.Do(func() {
		x.m = make(map[string]*cachedPost, len(c.posts))
		for _, p := range c.posts {
			if p != nil {
				x.m[p.in.facts.Path] = p
			}
		}
	})
	p, ok := x.m[path]
	return p, ok
}

// keepPosts keeps the posts of the render under way for the next, but
// not those that failed, which are made (and reported) again.
func (c *Cache) keepPosts(made []*cachedPost, failed []bool) {
	for i := range made {
		if failed[i] {
			made[i] = nil
		}
	}
	c.next.posts = made
}

// page returns the bytes of the i-th output of the render, at path with
// key, making them only when the last render made no output at path
// with the same key. fresh reports a making. A failed making is not
// kept. Calls for different i may run at the same time.
func (c *Cache) page(i int, path string, key Key, make func() ([]byte, error)) (data []byte, fresh bool, err error) {
	if old, ok := c.last(i); ok && old.key == key {
		data = old.data
	} else if data, err = make(); err != nil {
		return nil, true, err
	} else {
		fresh = true
	}
	c.next.pages[i] = cachedPage{path: path, key: key, data: data}
	return data, fresh, nil
}
