package render

import (
	"html/template"
	"sync"
)

// Cache is what one render leaves for the next with the same cache (the
// dev server renders after every save): each output's key and bytes, by
// path, and the converted Markdown and rendered cards by the keys of
// what they were made from. Every entry is found by a key over all the
// entry was made from, so an entry found is the entry a render would
// make. The zero value is not usable; call NewCache.
type Cache struct {
	// print is the fingerprint of the renderer the entries were made
	// by; another renderer starts the cache afresh.
	print  [32]byte
	pages  map[string]cachedPage
	bodies map[[32]byte]Body
	cards  map[[32]byte]template.HTML
	// next holds what the render under way used, which is all the next
	// render may find: a cache never holds more than one site.
	next struct {
		sync.Mutex
		pages  map[string]cachedPage
		bodies map[[32]byte]Body
		cards  map[[32]byte]template.HTML
	}
}

type cachedPage struct {
	key  [32]byte
	data []byte
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	c := &Cache{pages: map[string]cachedPage{}, bodies: map[[32]byte]Body{}, cards: map[[32]byte]template.HTML{}}
	c.start([32]byte{})
	return c
}

// start begins a render by the renderer with fingerprint print.
func (c *Cache) start(print [32]byte) {
	if c.print != print {
		*c = Cache{print: print, pages: map[string]cachedPage{}, bodies: map[[32]byte]Body{}, cards: map[[32]byte]template.HTML{}}
	}
	// The maps of the render before last serve again, emptied.
	if c.next.pages == nil {
		c.next.pages, c.next.bodies, c.next.cards = map[string]cachedPage{}, map[[32]byte]Body{}, map[[32]byte]template.HTML{}
	}
	clear(c.next.pages)
	clear(c.next.bodies)
	clear(c.next.cards)
}

// finish ends a render: what it used is what the cache holds now.
func (c *Cache) finish() {
	c.pages, c.next.pages = c.next.pages, c.pages
	c.bodies, c.next.bodies = c.next.bodies, c.bodies
	c.cards, c.next.cards = c.next.cards, c.cards
}

func (c *Cache) keepBody(key [32]byte, b Body) {
	c.next.Lock()
	c.next.bodies[key] = b
	c.next.Unlock()
}

func (c *Cache) keepCard(key [32]byte, html template.HTML) {
	c.next.Lock()
	c.next.cards[key] = html
	c.next.Unlock()
}

// page returns the bytes of the output at path with key, making them
// only when the last render made no output at path with the same key.
// fresh reports a making. A failed making is not kept.
func (c *Cache) page(path string, key [32]byte, make func() ([]byte, error)) (data []byte, fresh bool, err error) {
	if old, ok := c.pages[path]; ok && old.key == key {
		data = old.data
	} else if data, err = make(); err != nil {
		return nil, true, err
	} else {
		fresh = true
	}
	c.next.Lock()
	c.next.pages[path] = cachedPage{key: key, data: data}
	c.next.Unlock()
	return data, fresh, nil
}
