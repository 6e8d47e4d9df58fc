package metadata

import (
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"go.yaml.in/yaml/v3"
)

// String returns key's text. A missing key gives "" and, when required, an
// error. A list or mapping where text belongs is an error.
func (m *Map) String(key string, required bool, l *diag.List) string {
	v, ok := m.value(key)
	if !ok || isNull(v) {
		if required {
			l.Errorf(m.Start(), "missing-field", diag.T("add a line \"%s: …\"", key), "the required field %q is missing", key)
		}
		return ""
	}
	if v.Kind != yaml.ScalarNode {
		l.Errorf(m.nodePos(v), "wrong-type", diag.T("write it on one line after the colon"), "%q must be text, found %s", key, kindName(v))
		return ""
	}
	s := strings.TrimSpace(v.Value)
	if s == "" && required {
		l.Errorf(m.nodePos(v), "missing-field", diag.T("write a value after the colon"), "the required field %q is empty", key)
	}
	return s
}

// Strings returns key's list of texts. A single text (or number, as in a
// list) counts as a list of one ("tags: Snapchat" is one tag), for every
// list read this way; one with a comma in it is a warning, as it looks
// like a list (see commaText). Anything else is an error.
func (m *Map) Strings(key string, l *diag.List) []string {
	var out []string
	m.eachString(key, l, func(n int) { out = make([]string, 0, n) }, func(s string, _ *yaml.Node) { out = append(out, s) })
	return out
}

// Refs returns key's list of texts as Strings does, each with where it
// was written, in one pass (StringPos, called for every entry, would
// take time growing with the square of the list's length).
func (m *Map) Refs(key string, l *diag.List) []Ref {
	var out []Ref
	m.eachString(key, l, func(n int) { out = make([]Ref, 0, n) }, func(s string, item *yaml.Node) {
		out = append(out, Ref{Key: s, Pos: m.nodePos(item)})
	})
	return out
}

// Text returns key's value when it is written as one text where a list
// is expected (tags: a, b rather than tags: [a, b]), and where: the
// caller can then say what was probably meant.
func (m *Map) Text(key string) (string, diag.Pos, bool) {
	v, ok := m.value(key)
	if !ok || v.Kind != yaml.ScalarNode || v.Tag != "!!str" {
		return "", diag.Pos{}, false
	}
	return v.Value, m.nodePos(v), true
}

// eachString calls found with each text Strings returns, and the node it
// was written in, after calling size with how many there may be.
func (m *Map) eachString(key string, l *diag.List, size func(int), found func(string, *yaml.Node)) {
	v, ok := m.value(key)
	if !ok || isNull(v) {
		return
	}
	if v.Kind == yaml.ScalarNode { // a list of one, as an entry of a list is read: tags: 2024 is tags: [2024]
		if s := strings.TrimSpace(v.Value); s != "" {
			size(1)
			found(s, v)
			m.commaText(key, s, v, l)
		}
		return
	}
	if v.Kind != yaml.SequenceNode {
		l.Errorf(m.nodePos(v), "wrong-type", diag.T("write a list, e.g. %s: [a, b]", key), "%q must be a list, found %s", key, kindName(v))
		return
	}
	size(len(v.Content))
	for _, item := range v.Content {
		if item.Kind != yaml.ScalarNode || isNull(item) {
			l.Errorf(m.nodePos(item), "wrong-type", diag.T("each entry is one name on its own line after \"- \""), "each entry of %q must be text, found %s", key, kindName(item))
			continue
		}
		if s := strings.TrimSpace(item.Value); s != "" {
			found(s, item)
		}
	}
}

// commaText warns when the list key is written as one text s (in node v)
// with commas in it (tags: Discord, Community), which is one entry, not
// a list: a name or a number seldom holds a comma.
func (m *Map) commaText(key, s string, v *yaml.Node, l *diag.List) {
	if !strings.Contains(s, ",") {
		return
	}
	items := strings.Split(s, ",")
	for i := range items {
		items[i] = strings.TrimSpace(items[i])
	}
	l.Warnf(m.nodePos(v), "list-as-text", diag.T("write a list: %s: [%s]", key, strings.Join(items, ", ")),
		"%s is one text, %q, not a list of %d", key, s, len(items))
}

// StringPos returns the positions of the entries Strings would return, in
// the same order, for problems about a single entry.
func (m *Map) StringPos(key string, i int) diag.Pos {
	v, ok := m.value(key)
	if !ok || v.Kind != yaml.SequenceNode {
		return m.Pos(key)
	}
	for _, item := range v.Content {
		if !isText(item) {
			continue // Strings skipped it, so it has no index
		}
		if i == 0 {
			return m.nodePos(item)
		}
		i--
	}
	return m.Pos(key)
}

// isText reports whether a list entry is one Strings returns.
func isText(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && !isNull(n) && strings.TrimSpace(n.Value) != ""
}

// Int returns key's whole number, or def when it is missing.
func (m *Map) Int(key string, def int, l *diag.List) int {
	v, ok := m.value(key)
	if !ok || isNull(v) {
		return def
	}
	var n int
	// The tag check matters: yaml.v3 decodes 2.5 into an int as 2.
	if v.Kind != yaml.ScalarNode || v.Tag != "!!int" || v.Decode(&n) != nil {
		l.Errorf(m.nodePos(v), "wrong-type", diag.T("write a number like 10"), "%q must be a whole number, found %s", key, kindName(v))
		return def
	}
	return n
}

// Bool returns key's true/false value, or def when it is missing.
func (m *Map) Bool(key string, def bool, l *diag.List) bool {
	v, ok := m.value(key)
	if !ok || isNull(v) {
		return def
	}
	var b bool
	if v.Kind != yaml.ScalarNode || v.Decode(&b) != nil {
		l.Errorf(m.nodePos(v), "wrong-type", diag.T("write true or false"), "%q must be true or false, found %s", key, kindName(v))
		return def
	}
	return b
}

// Date returns key's date. It accepts 2006-01-02 and RFC 3339 and rejects
// impossible dates such as 2023-02-30.
func (m *Map) Date(key string, required bool, l *diag.List) time.Time {
	s := m.String(key, required, l)
	if s == "" {
		return time.Time{}
	}
	t, err := ParseDate(s)
	if err != nil {
		l.Errorf(m.Pos(key), "bad-date", dateHint(s), "%q is not a valid date: %q", key, s)
	}
	return t
}

// dateHint says how to write s as a date. A date and time without time
// zone, the most common mistake, is shown with the zones to add.
func dateHint(s string) diag.Text {
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			local := t.Format("2006-01-02T15:04:05")
			return diag.T("the time needs a time zone: write %s+01:00 in winter (CET), %s+02:00 in summer (CEST) or %sZ for UTC",
				local, local, local)
		}
	}
	return diag.T("write the date as YYYY-MM-DD (2024-03-05) or RFC 3339 (2024-03-05T14:30:00+01:00)")
}

// Enum returns key's value when it is one of allowed; a missing key gives
// def, any other value an error listing the allowed ones.
func (m *Map) Enum(key, def string, allowed []string, l *diag.List) string {
	s := m.String(key, false, l)
	if s == "" {
		return def
	}
	if containsString(allowed, s) {
		return s
	}
	hint := diag.T("allowed: %s", strings.Join(allowed, ", "))
	if c := diag.Closest(s, allowed); c != "" {
		hint = diag.T("did you mean %q? (allowed: %s)", c, strings.Join(allowed, ", "))
	}
	l.Errorf(m.Pos(key), "bad-value", hint, "%q cannot be %q", key, s)
	return def
}

// Sub returns key's value as a nested Map, or nil when it is missing.
func (m *Map) Sub(key string, l *diag.List) *Map {
	v, ok := m.value(key)
	if !ok || isNull(v) {
		return nil
	}
	return m.wrap(v, key, l)
}

// Items returns key's value as a list of Maps (a YAML list of mappings).
func (m *Map) Items(key string, l *diag.List) []*Map {
	v, ok := m.value(key)
	if !ok || isNull(v) {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		l.Errorf(m.nodePos(v), "wrong-type", diag.T("start each entry with \"- \""), "%q must be a list, found %s", key, kindName(v))
		return nil
	}
	var out []*Map
	for _, item := range v.Content {
		if sub := m.wrap(item, key, l); sub != nil {
			out = append(out, sub)
		}
	}
	return out
}

// wrap turns a mapping node into a Map, reporting bad and duplicate keys.
func (m *Map) wrap(v *yaml.Node, key string, l *diag.List) *Map {
	if v.Kind != yaml.MappingNode {
		l.Errorf(m.nodePos(v), "wrong-type", diag.T("write \"name: value\" pairs, indented below it"), "%q must hold fields, found %s", key, kindName(v))
		return nil
	}
	sub := &Map{path: m.path, lineOffset: m.lineOffset}
	sub.fill(v, l)
	return sub
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// ParseDate reads a date written as 2006-01-02 or RFC 3339. Dates without
// a time are midnight UTC.
func ParseDate(s string) (time.Time, error) {
	const day = "2006-01-02"
	if len(s) == len(day) { // the only length the layout matches: an RFC 3339 time is longer
		if t, err := time.Parse(day, s); err == nil {
			return t, nil
		}
	}
	return time.Parse(time.RFC3339, s)
}
