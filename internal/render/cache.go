package render

import (
	"crypto/sha256"
	"encoding/binary"
	"html/template"
	"sync"

	"github.com/tandem-mentoring/tandem/internal/site"
)

// Cache keeps converted posts and rendered pages between renders with the
// same Renderer, so a rebuild after one edit only redoes what that edit
// touched. The zero value is not usable; call NewCache.
type Cache struct {
	mu        sync.Mutex
	bodies    map[[32]byte]Body
	pages     map[string]cachedPage
	fragments map[[32]byte]template.HTML
	used      map[[32]byte]bool
}

type cachedPage struct {
	key  [32]byte
	data []byte
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{bodies: map[[32]byte]Body{}, pages: map[string]cachedPage{}, fragments: map[[32]byte]template.HTML{}, used: map[[32]byte]bool{}}
}

// job is one page to render: where it goes, what it shows and a key over
// everything that can change its bytes.
type job struct {
	path string
	key  [32]byte
	page *Page
}

// page returns the page's bytes, executing the template only when the
// cache has no page with the same key. fresh reports an execution.
func (c *Cache) page(j job, exec func(job) ([]byte, error)) (data []byte, fresh bool, err error) {
	return c.output(j.path, j.key, func() ([]byte, error) { return exec(j) })
}

// output returns the cached bytes of the output at path when they were
// made with the same key, and makes them otherwise.
func (c *Cache) output(path string, key [32]byte, make func() ([]byte, error)) (data []byte, fresh bool, err error) {
	c.mu.Lock()
	hit, ok := c.pages[path]
	c.mu.Unlock()
	if ok && hit.key == key {
		return hit.data, false, nil
	}
	data, err = make()
	if err != nil || c.pages == nil { // nil: a stream's cache keeps no pages
		return data, true, err
	}
	c.mu.Lock()
	c.pages[path] = cachedPage{key: key, data: data}
	c.mu.Unlock()
	return data, true, nil
}

// fragment returns the cached fragment with key, or makes and caches it.
func (c *Cache) fragment(key [32]byte, make func() (template.HTML, error)) (template.HTML, error) {
	c.mu.Lock()
	html, ok := c.fragments[key]
	c.used[key] = true
	c.mu.Unlock()
	if ok {
		return html, nil
	}
	html, err := make()
	if err != nil {
		return "", err
	}
	c.mu.Lock()
	c.fragments[key] = html
	c.mu.Unlock()
	return html, nil
}

// keep forgets outputs that are no longer part of the site, and
// fragments not used by the render that just ended.
func (c *Cache) keep(outputs []Output) {
	live := make(map[string]bool, len(outputs))
	for _, o := range outputs {
		live[o.Path] = true
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for p := range c.pages {
		if !live[p] {
			delete(c.pages, p)
		}
	}
	for k := range c.fragments {
		if !c.used[k] {
			delete(c.fragments, k)
		}
	}
	c.used = map[[32]byte]bool{}
}

// body returns a cached conversion of the post with this content hash.
func (c *Cache) body(h [32]byte) (Body, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	b, ok := c.bodies[h]
	return b, ok
}

// setBodies replaces the body cache with exactly the given conversions.
func (c *Cache) setBodies(m map[[32]byte]Body) {
	c.mu.Lock()
	c.bodies = m
	c.mu.Unlock()
}

// keyer builds keys: it collects the parts in a buffer, each with its
// length, and hashes them once.
type keyer struct{ buf []byte }

func newKeyer(parts ...string) *keyer {
	k := &keyer{buf: make([]byte, 0, 256)}
	for _, p := range parts {
		k.str(p)
	}
	return k
}

func (k *keyer) str(s string) *keyer {
	k.buf = binary.LittleEndian.AppendUint64(k.buf, uint64(len(s)))
	k.buf = append(k.buf, s...)
	return k
}

func (k *keyer) bytes(b []byte) *keyer {
	k.buf = append(k.buf, b...)
	return k
}

// postKey is a hash of everything about p that a page showing it
// depends on. It is computed once per post and render (see view).
func postKey(p *site.Post) [32]byte {
	k := newKeyer(string(p.Verdict.State), p.Verdict.Reason, p.URL, p.Path).bytes(p.Hash[:])
	for _, t := range p.Tags {
		k.str(t.Name)
	}
	return k.sum()
}

// view adds a post's key; nil adds a placeholder.
func (k *keyer) view(v *PostView) *keyer {
	if v == nil {
		return k.str("-")
	}
	return k.bytes(v.key[:])
}

func (k *keyer) views(vs []*PostView) *keyer {
	for _, v := range vs {
		k.view(v)
	}
	return k
}

func (k *keyer) sum() [32]byte { return sha256.Sum256(k.buf) }
