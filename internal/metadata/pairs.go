package metadata

import "go.yaml.in/yaml/v3"

// This file holds how a Map finds its keys: in the order they were
// written, searched one by one in a small mapping (two Go maps per front
// matter cost more than the dozen comparisons they save).

// pair is a key's node and its value's node.
type pair struct{ key, value *yaml.Node }

// smallMap is the most keys a Map searches one by one.
const smallMap = 16

// find returns the nodes of key and its value.
func (m *Map) find(key string) (pair, bool) {
	if m.index != nil {
		i, ok := m.index[key]
		if !ok {
			return pair{}, false
		}
		return m.pairs[i], true
	}
	for i, k := range m.keys {
		if k == key {
			return m.pairs[i], true
		}
	}
	return pair{}, false
}

// value returns the node of key's value.
func (m *Map) value(key string) (*yaml.Node, bool) {
	p, ok := m.find(key)
	return p.value, ok
}

// add records key with its nodes, indexing the keys once there are
// more than smallMap of them.
func (m *Map) add(key string, p pair) {
	m.keys = append(m.keys, key)
	m.pairs = append(m.pairs, p)
	switch {
	case m.index != nil:
		m.index[key] = len(m.keys) - 1
	case len(m.keys) > smallMap:
		m.index = make(map[string]int, 2*len(m.keys))
		for i, k := range m.keys {
			m.index[k] = i
		}
	}
}
