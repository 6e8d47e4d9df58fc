package metadata

import (
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"go.yaml.in/yaml/v3"
)

// Places are where the fields of a mapping were written, without their
// values: what the stages after loading need of a front matter, for
// problems that point at a field. A Map holds the whole YAML tree (some
// kilobytes per post, most of it pointers the garbage collector follows
// on every cycle); its Places are a few hundred bytes, so a site of
// thousands of posts keeps Places and lets the trees go.
type Places struct {
	path   string
	start  spot
	fields []field
	items  []item
}

// spot is a line and column in the file.
type spot struct{ line, col int32 }

// field is one key of the mapping: where the key and its value are, and
// which items hold the text entries of its value (see Map.Strings).
type field struct {
	key          string
	at, value    spot
	first, count int32
}

// item is one text entry of a list, as Map.Strings returns it.
type item struct {
	text string
	at   spot
}

// Places records where m's fields were written.
func (m *Map) Places() *Places {
	p := &Places{path: m.path, start: m.spot(m.node), fields: make([]field, 0, len(m.keys))}
	for i, k := range m.keys {
		v := m.pairs[i].value
		f := field{key: k, at: m.spot(m.pairs[i].key), value: m.spot(v), first: int32(len(p.items))}
		m.eachText(v, func(t *yaml.Node) {
			p.items = append(p.items, item{text: strings.TrimSpace(t.Value), at: m.spot(t)})
		})
		f.count = int32(len(p.items)) - f.first
		p.fields = append(p.fields, f)
	}
	return p
}

// eachText calls do with the node of every entry Strings returns for
// value v, without reporting anything.
func (m *Map) eachText(v *yaml.Node, do func(*yaml.Node)) {
	switch {
	case isNull(v):
	case isText(v):
		do(v)
	case v.Kind == yaml.SequenceNode:
		for _, it := range v.Content {
			if isText(it) {
				do(it)
			}
		}
	}
}

// spot returns where n is in the file; a nil n is the mapping's start
// when there is no mapping (an empty front matter).
func (m *Map) spot(n *yaml.Node) spot {
	if n == nil {
		return spot{int32(1 + m.lineOffset), 1}
	}
	return spot{int32(n.Line + m.lineOffset), int32(n.Column)}
}

func (p *Places) pos(s spot) diag.Pos {
	return diag.Pos{Path: p.path, Line: int(s.line), Col: int(s.col)}
}

func (p *Places) field(key string) (field, bool) {
	for _, f := range p.fields {
		if f.key == key {
			return f, true
		}
	}
	return field{}, false
}

// Has reports whether key was written.
func (p *Places) Has(key string) bool { _, ok := p.field(key); return ok }

// Start returns where the mapping begins.
func (p *Places) Start() diag.Pos { return p.pos(p.start) }

// Pos returns where key's value was written, or where the mapping begins
// when the key is absent (the place to add it), as Map.Pos does.
func (p *Places) Pos(key string) diag.Pos {
	if f, ok := p.field(key); ok {
		return p.pos(f.value)
	}
	return p.Start()
}

// KeyPos returns where key itself was written, as Map.KeyPos does.
func (p *Places) KeyPos(key string) diag.Pos {
	if f, ok := p.field(key); ok {
		return p.pos(f.at)
	}
	return p.Start()
}

// Strings returns key's text entries as Map.Strings returns them, or nil
// when there are none (or the value is not a list of texts).
func (p *Places) Strings(key string) []string {
	f, _ := p.field(key)
	if f.count == 0 {
		return nil
	}
	out := make([]string, f.count)
	for i, it := range p.items[f.first : f.first+f.count] {
		out[i] = it.text
	}
	return out
}

// StringPos returns where entry i of Strings(key) was written, or key's
// position when there is no such entry, as Map.StringPos does.
func (p *Places) StringPos(key string, i int) diag.Pos {
	f, ok := p.field(key)
	if !ok || i < 0 || i >= int(f.count) {
		return p.Pos(key)
	}
	return p.pos(p.items[int(f.first)+i].at)
}
