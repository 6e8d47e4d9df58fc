package render

import (
	"crypto/sha256"
	"encoding/binary"
	"hash"
	"slices"
	"strconv"
	"time"

	"github.com/tandem-mentoring/tandem/internal/site"
)

// Cache keeps post views and rendered pages between renders with the
// same Renderer, so a rebuild after one edit only redoes what that edit
// touched. The zero value is not usable; call NewCache.
//
// Pages are kept in groups: the pages planned together from the same
// inputs (a post's page, every page of one list, a feed). A group whose
// signature and views are the very same as last time is taken over
// without planning its pages; in any other group each page is executed
// only when its key changed.
type Cache struct {
	// views are the post views of the last render, by post path. A view
	// is never changed once built (but for its Post, see convertPosts):
	// a post that changed gets a new view, so comparing view pointers
	// tells whether a page shows exactly what it showed last time.
	views  map[string]*PostView
	groups map[string]*group
	// render counts renders; a group not used by the latest is dropped.
	render int
	// order is the last render's outputs before and after sorting.
	order outputOrder
	// progKeys are the fingerprints of the programme last rendered.
	progKeys *programmeKeys
}

// group is a set of pages made from the same inputs, and the pages.
type group struct {
	name  string
	sig   string
	views []*PostView
	// shared are views every page of a paginated list shows besides its
	// own posts, which are views page by page (see planner.list).
	shared []*PostView
	pages  []cachedPage
	used   int // the render that last used the group
}

type cachedPage struct {
	path string
	key  [32]byte
	data []byte
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{views: map[string]*PostView{}, groups: map[string]*group{}}
}

// job is one page to render: where it goes, what it shows, a key over
// everything that can change its bytes and the group it belongs to.
type job struct {
	path  string
	key   [32]byte
	page  *Page
	group *group
	index int // of the page in its group
}

// reuse returns the pages of group name when they were made from the same
// signature and the same views as given now, and marks the group used.
func (c *Cache) reuse(name, sig string, views []*PostView) ([]cachedPage, bool) {
	g := c.groups[name]
	if g == nil || g.sig != sig || !slices.Equal(g.views, views) {
		return nil, false
	}
	g.used = c.render
	return g.pages, true
}

// page returns the page's bytes, executing the template only when the
// group held no page at the same path with the same key last time. fresh
// reports an execution.
func (c *Cache) page(j job, exec func(job) ([]byte, error)) (data []byte, fresh bool, err error) {
	// Pages execute in parallel; groups change only between renders.
	if old := c.groups[j.group.name]; old != nil {
		for _, p := range old.pages {
			if p.path == j.path && p.key == j.key {
				return p.data, false, nil
			}
		}
	}
	data, err = exec(j)
	return data, true, err
}

// store keeps g (with its pages filled in) for the next render.
func (c *Cache) store(g *group) {
	g.used = c.render
	c.groups[g.name] = g
}

// start begins a render.
func (c *Cache) start() { c.render++ }

// sweep forgets the groups the render that just ended did not use.
func (c *Cache) sweep() {
	for name, g := range c.groups {
		if g.used != c.render {
			delete(c.groups, name)
		}
	}
}

// keyer builds keys: it collects the parts, each with its length, in a
// buffer that it hashes once, or in pieces when a long list of posts
// would make it large. A nil keyer makes no key: it adds nothing and its
// sum is zero (see planner.keyer).
type keyer struct {
	buf []byte
	h   hash.Hash // once the buffer was hashed in pieces
}

// keyerFlush is the buffer size at which a keyer hashes what it has.
const keyerFlush = 16 << 10

func newKeyer(parts ...string) *keyer {
	k := &keyer{buf: make([]byte, 0, 256)}
	for _, p := range parts {
		k.str(p)
	}
	return k
}

// grown hashes the buffer when it is full.
func (k *keyer) grown() *keyer {
	if len(k.buf) >= keyerFlush {
		if k.h == nil {
			k.h = sha256.New()
		}
		k.h.Write(k.buf)
		k.buf = k.buf[:0]
	}
	return k
}

func (k *keyer) str(s string) *keyer {
	if k == nil {
		return nil
	}
	k.buf = binary.LittleEndian.AppendUint64(k.buf, uint64(len(s)))
	k.buf = append(k.buf, s...)
	return k.grown()
}

func (k *keyer) bytes(b []byte) *keyer {
	if k == nil {
		return nil
	}
	k.buf = append(k.buf, b...)
	return k.grown()
}

// date adds t's day in UTC.
func (k *keyer) date(t time.Time) *keyer {
	if k == nil {
		return nil
	}
	k.buf = t.UTC().AppendFormat(k.buf, "2006-01-02")
	return k.grown()
}

func (k *keyer) link(l *Link) *keyer {
	if l == nil {
		return k.str("-")
	}
	return k.str(l.Name).str(l.Href)
}

// viewKeys returns the keys of a view, computed once, when it is built:
// meta is a hash of what pages listing every post may show of it (its
// address, title, date, state and links), key a hash of everything the
// view shows but its neighbours (meta and the post's file).
func viewKeys(p *site.Post, v *PostView) (meta, key [32]byte) {
	k := newKeyer(string(p.Verdict.State), p.Verdict.Reason, p.URL, p.Href, p.Path, p.Title, p.Kind).date(p.Date)
	k.link(v.Round).link(v.Tandem).str(strconv.Itoa(len(v.Authors))).str(strconv.Itoa(len(v.Tags)))
	for i := range v.Authors {
		k.link(&v.Authors[i])
	}
	for i := range v.Tags {
		k.link(&v.Tags[i])
	}
	meta = k.sum()
	return meta, newKeyer().bytes(meta[:]).bytes(p.Hash[:]).sum()
}

// view adds a post's key; nil adds a placeholder.
func (k *keyer) view(v *PostView) *keyer {
	if v == nil {
		return k.str("-")
	}
	return k.bytes(v.key[:])
}

func (k *keyer) views(vs []*PostView) *keyer {
	if k == nil {
		return nil
	}
	for _, v := range vs {
		k.view(v)
	}
	return k
}

// meta adds a view's meta key (see viewKeys); nil adds a placeholder.
func (k *keyer) meta(v *PostView) *keyer {
	if v == nil {
		return k.str("-")
	}
	return k.bytes(v.meta[:])
}

// metas adds the meta keys of views.
func (k *keyer) metas(vs []*PostView) *keyer {
	if k == nil {
		return nil
	}
	for _, v := range vs {
		k.meta(v)
	}
	return k
}

func (k *keyer) sum() [32]byte {
	if k == nil {
		return [32]byte{}
	}
	if k.h == nil {
		return sha256.Sum256(k.buf)
	}
	var sum [32]byte
	k.h.Write(k.buf)
	k.h.Sum(sum[:0])
	return sum
}
