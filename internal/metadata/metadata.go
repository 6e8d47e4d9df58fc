package metadata

import (
	"fmt"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"go.yaml.in/yaml/v3"
)

// Ref is a key that refers to another entry (a round, tandem or person),
// with where it was written.
type Ref struct {
	Key string
	Pos diag.Pos
}

// Map is a YAML mapping whose keys are known by name. Values are looked
// up with the typed getters, which report problems into the List they are
// given.
type Map struct {
	path       string
	lineOffset int
	node       *yaml.Node
	keys       []string
	key        map[string]*yaml.Node
	value      map[string]*yaml.Node
}

// Parse decodes data as one YAML mapping. path names the file in
// problems; lineOffset is added to every line (front matter starts after
// the opening ---). An empty document gives an empty Map.
func Parse(path string, data []byte, lineOffset int) (m *Map, problems diag.List) {
	m = &Map{path: path, lineOffset: lineOffset, key: map[string]*yaml.Node{}, value: map[string]*yaml.Node{}}
	if line, col, ok := tabIndent(data); ok {
		problems.Errorf(diag.Pos{Path: path, Line: line + lineOffset, Col: col}, "yaml-tab", "indent with spaces; YAML does not allow tabs there",
			"a tab is used for indentation")
		return m, problems
	}
	var doc yaml.Node
	if err := safeUnmarshal(data, &doc); err != nil {
		problems.Add(m.syntaxProblem(data, err))
		return m, problems
	}
	if len(doc.Content) == 0 {
		return m, problems
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		problems.Errorf(m.nodePos(root), "yaml-not-mapping", "write one \"key: value\" pair per line",
			"expected a list of \"key: value\" fields, found %s", kindName(root))
		return m, problems
	}
	if hasAlias(root, 0) {
		problems.Errorf(m.nodePos(root), "yaml-alias", "write the value out in full where it is needed",
			"YAML anchors and aliases (& and *) are not allowed in tandem files")
		return m, problems
	}
	m.node = root
	problems.Add(m.controlsIn(root)...)
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		name := k.Value
		if prev, dup := m.key[name]; dup {
			problems.Errorf(m.nodePos(k), "yaml-duplicate-key", "delete one of the two",
				"%q is written twice (first on line %d)", name, prev.Line+lineOffset)
			continue
		}
		m.keys = append(m.keys, name)
		m.key[name], m.value[name] = k, v
	}
	return m, problems
}

// tabIndent finds the first line whose indentation holds a tab, which
// YAML forbids; the YAML library reports it at a confusing place.
func tabIndent(data []byte) (line, col int, found bool) {
	for i, l := range strings.Split(string(data), "\n") {
		for j, c := range l {
			if c == '\t' {
				return i + 1, j + 1, true
			}
			if c != ' ' {
				break
			}
		}
	}
	return 0, 0, false
}

// safeUnmarshal runs the YAML decoder and turns a panic into an error.
func safeUnmarshal(data []byte, n *yaml.Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the YAML decoder failed: %v", r)
		}
	}()
	return yaml.Unmarshal(data, n)
}

// cleanErr strips the library's "yaml: line N:" prefix from err.
func cleanErr(err error) string {
	s := err.Error()
	s = strings.TrimPrefix(s, "yaml: ")
	if strings.HasPrefix(s, "line ") {
		if i := strings.Index(s, ": "); i >= 0 {
			s = s[i+2:]
		}
	}
	return s
}

func hasAlias(n *yaml.Node, depth int) bool {
	if n.Kind == yaml.AliasNode || n.Anchor != "" || depth > 64 {
		return true
	}
	for _, c := range n.Content {
		if hasAlias(c, depth+1) {
			return true
		}
	}
	return false
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.ScalarNode:
		return fmt.Sprintf("the text %q", n.Value)
	}
	return "something else"
}

// nodePos returns the position of n in the file.
func (m *Map) nodePos(n *yaml.Node) diag.Pos {
	return diag.Pos{Path: m.path, Line: n.Line + m.lineOffset, Col: n.Column}
}

// Path returns the file the map was read from.
func (m *Map) Path() string { return m.path }

// Keys returns the keys in the order they were written.
func (m *Map) Keys() []string { return m.keys }

// Has reports whether key is present.
func (m *Map) Has(key string) bool { _, ok := m.value[key]; return ok }

// Pos returns the position of key's value, or of the mapping when the key
// is absent (the place to add it).
func (m *Map) Pos(key string) diag.Pos {
	if v, ok := m.value[key]; ok {
		return m.nodePos(v)
	}
	return m.Start()
}

// KeyPos returns the position of key itself.
func (m *Map) KeyPos(key string) diag.Pos {
	if k, ok := m.key[key]; ok {
		return m.nodePos(k)
	}
	return m.Start()
}

// Start returns the position where the mapping begins.
func (m *Map) Start() diag.Pos {
	if m.node == nil {
		return diag.Pos{Path: m.path, Line: 1 + m.lineOffset, Col: 1}
	}
	return m.nodePos(m.node)
}

// Node returns the raw value node of key, or nil.
func (m *Map) Node(key string) *yaml.Node { return m.value[key] }

// WarnUnknown adds a warning for every key not in known, suggesting the
// closest known key.
func (m *Map) WarnUnknown(known []string, what string, l *diag.List) {
	for _, k := range m.keys {
		if containsString(known, k) {
			continue
		}
		hint := diag.Suggest(k, known)
		l.Warnf(m.KeyPos(k), "unknown-field", hint, "%s has no field %q; it is ignored", what, k)
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
