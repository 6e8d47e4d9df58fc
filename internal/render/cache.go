package render

import (
	"html/template"
	"sync"
)

// Cache is what one render leaves for the next with the same cache (the
// dev server renders after every save): each output's path, key and
// bytes, in the order the render planned them, and the converted Markdown and rendered cards by the keys of
// what they were made from. Every entry is found by a key over all the
// entry was made from, so an entry found is the entry a render would
// make. The zero value is not usable; call NewCache.
type Cache struct {
	// print is the fingerprint of the renderer the entries were made
	// by; another renderer starts the cache afresh.
	print [32]byte
	// keys makes every key of the entries, for the life of the cache.
	keys *keying
	// pages are the outputs of the last render, in its order; byPath
	// finds one whose position changed (made on the first such lookup).
	pages  []cachedPage
	byPath *pathIndex
	bodies map[Key]Body
	cards  map[Key]template.HTML
	// order is the sorted order of the last plan (see sortJobs).
	order planOrder
	// next holds what the render under way used, which is all the next
	// render may find: a cache never holds more than one site. Each
	// output has its own entry of pages, so they need no lock.
	next struct {
		sync.Mutex
		pages  []cachedPage
		bodies map[Key]Body
		cards  map[Key]template.HTML
	}
}

// pathIndex finds the position of an output by its path.
type pathIndex struct {
	once sync.Once
	m    map[string]int
}

type cachedPage struct {
	path string
	key  Key
	data []byte
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	c := &Cache{keys: newKeying(), byPath: &pathIndex{}, bodies: map[Key]Body{}, cards: map[Key]template.HTML{}}
	c.start([32]byte{})
	return c
}

// start begins a render by the renderer with fingerprint print.
func (c *Cache) start(print [32]byte) {
	if c.print != print {
		*c = Cache{print: print, keys: c.keys, byPath: &pathIndex{}, bodies: map[Key]Body{}, cards: map[Key]template.HTML{}}
	}
	// What the render before last used serves again, emptied.
	if c.next.bodies == nil {
		c.next.bodies, c.next.cards = map[Key]Body{}, map[Key]template.HTML{}
	}
	clear(c.next.bodies)
	clear(c.next.cards)
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
	c.byPath = &pathIndex{}
	c.bodies, c.next.bodies = c.next.bodies, c.bodies
	c.cards, c.next.cards = c.next.cards, c.cards
}

// last returns what the last render made at path, which it planned as
// its i-th output when the order of outputs did not change.
func (c *Cache) last(i int, path string) (cachedPage, bool) {
	if i < len(c.pages) && c.pages[i].path == path {
		return c.pages[i], true
	}
	index := c.byPath
	index.once.Do(func() {
		index.m = make(map[string]int, len(c.pages))
		for j, p := range c.pages {
			index.m[p.path] = j
		}
	})
	j, ok := index.m[path]
	if !ok {
		return cachedPage{}, false
	}
	return c.pages[j], true
}

func (c *Cache) keepBody(key Key, b Body) {
	c.next.Lock()
	c.next.bodies[key] = b
	c.next.Unlock()
}

func (c *Cache) keepCard(key Key, html template.HTML) {
	c.next.Lock()
	c.next.cards[key] = html
	c.next.Unlock()
}

// page returns the bytes of the i-th output of the render, at path with
// key, making them only when the last render made no output at path
// with the same key. fresh reports a making. A failed making is not
// kept. Calls for different i may run at the same time.
func (c *Cache) page(i int, path string, key Key, make func() ([]byte, error)) (data []byte, fresh bool, err error) {
	if old, ok := c.last(i, path); ok && old.key == key {
		data = old.data
	} else if data, err = make(); err != nil {
		return nil, true, err
	} else {
		fresh = true
	}
	c.next.pages[i] = cachedPage{path: path, key: key, data: data}
	return data, fresh, nil
}
