package metadata

import (
	"strconv"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"go.yaml.in/yaml/v3"
)

// Entry is one entry of a list whose entries are written either as one
// text or as "key: value" fields (goals: a tandem's goal may be a line
// of text or a text with its state).
type Entry struct {
	// Text is the entry's text when it is written as text; Fields is nil
	// then.
	Text string
	// Fields are the entry's fields when it is written as fields.
	Fields *Map
	// Pos is where the entry is written.
	Pos diag.Pos
}

// Entries returns key's list, each entry a text or fields. A single text
// counts as a list of one, as in Strings; an empty text is skipped.
// Anything else (a list inside the list, a number) is an error.
func (m *Map) Entries(key string, l *diag.List) []Entry {
	v, ok := m.value(key)
	if !ok || isNull(v) {
		return nil
	}
	items := []*yaml.Node{v}
	if v.Kind == yaml.SequenceNode {
		items = v.Content
	}
	var out []Entry
	for _, item := range items {
		switch {
		case item.Kind == yaml.MappingNode:
			if sub := m.wrap(item, key, l); sub != nil {
				out = append(out, Entry{Fields: sub, Pos: m.nodePos(item)})
			}
		case item.Kind == yaml.ScalarNode && item.Tag == "!!str":
			if s := strings.TrimSpace(item.Value); s != "" {
				out = append(out, Entry{Text: s, Pos: m.nodePos(item)})
			}
		case isNull(item):
		default:
			l.Errorf(m.nodePos(item), "wrong-type", diag.T("write each entry as text after \"- \", or as fields such as text: and status:"),
				"each entry of %q must be text or fields, found %s", key, kindName(item))
		}
	}
	return out
}

// Number returns key's number (whole or with a decimal point) and
// whether it is written; anything else is an error.
func (m *Map) Number(key string, l *diag.List) (float64, bool) {
	v, ok := m.value(key)
	if !ok || isNull(v) {
		return 0, false
	}
	if v.Kind == yaml.ScalarNode && (v.Tag == "!!int" || v.Tag == "!!float") {
		if f, err := strconv.ParseFloat(v.Value, 64); err == nil {
			return f, true
		}
	}
	l.Errorf(m.nodePos(v), "wrong-type", diag.T("write a number like 4.2"), "%q must be a number, found %s", key, kindName(v))
	return 0, false
}
