package approval

import (
	"bytes"
	"slices"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"go.yaml.in/yaml/v3"
)

// The fields of the review block, in the order the commands write them.
const (
	fieldSubmittedAt      = "submitted_at"
	fieldApprovedBy       = "approved_by"
	fieldApprovedAt       = "approved_at"
	fieldDigest           = "digest"
	fieldSignature        = "signature"
	fieldChangesRequested = "changes_requested"
	fieldApprovals        = "approvals"
)

var blockOrder = []string{fieldSubmittedAt, fieldApprovedBy, fieldApprovedAt, fieldDigest, fieldSignature, fieldApprovals, fieldChangesRequested}

// approvalFields are removed whenever a post leaves the approved state.
var approvalFields = []string{fieldApprovedBy, fieldApprovedAt, fieldDigest, fieldSignature, fieldApprovals}

// block is the review mapping of a post, edited as a yaml.v3 node tree.
// Fields it does not know (a typo, a note someone added) are kept.
type block struct {
	node *yaml.Node
}

// reviewBlock returns the post's review mapping, or an empty one.
func (f *postFile) reviewBlock() *block {
	if e, ok := f.find("review"); ok && e.value.Kind == yaml.MappingNode {
		return &block{node: e.value}
	}
	return &block{node: &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}}
}

func (b *block) index(key string) int {
	for i := 0; i+1 < len(b.node.Content); i += 2 {
		if b.node.Content[i].Value == key {
			return i
		}
	}
	return -1
}

// set writes key: value, in place when the key exists, else at its place
// in blockOrder.
func (b *block) set(key string, value *yaml.Node) {
	if i := b.index(key); i >= 0 {
		value.LineComment = b.node.Content[i+1].LineComment
		b.node.Content[i+1] = value
		return
	}
	at := len(b.node.Content)
	rank := slices.Index(blockOrder, key)
	for i := 0; i+1 < len(b.node.Content); i += 2 {
		if r := slices.Index(blockOrder, b.node.Content[i].Value); r > rank {
			at = i
			break
		}
	}
	k := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}
	b.node.Content = slices.Insert(b.node.Content, at, k, value)
}

func (b *block) remove(keys ...string) {
	for _, key := range keys {
		if i := b.index(key); i >= 0 {
			b.node.Content = slices.Delete(b.node.Content, i, i+2)
		}
	}
}

func (b *block) empty() bool { return len(b.node.Content) == 0 }

// textNode is a string; values YAML would read as something else (no,
// 2024, null) are quoted, text over several lines is a literal block.
func textNode(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	if strings.Contains(s, "\n") {
		n.Style = yaml.LiteralStyle
	}
	return n
}

// timeNode is an RFC 3339 time in UTC, to the second.
func timeNode(t time.Time) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Value: t.UTC().Truncate(time.Second).Format(time.RFC3339)}
}

// mapNode is a mapping of the given key/value pairs.
func mapNode(pairs ...*yaml.Node) *yaml.Node {
	return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: pairs}
}

// rewrite returns the file with status set to status and the review block
// replaced by b (removed when b is empty). Only the lines of those two
// fields change; a missing field is added after the last one.
func (f *postFile) rewrite(status string, b *block) ([]byte, error) {
	indent := ""
	if f.root != nil && len(f.root.Content) > 0 {
		indent = strings.Repeat(" ", f.root.Content[0].Column-1)
	}
	st, hasStatus := f.find("status")
	rv, hasReview := f.find("review")
	text := []byte(indent + "status: " + status + lineComment(st, hasStatus) + f.eol)
	reviewText, err := f.encodeBlock(b, rv, hasReview, indent)
	if err != nil {
		return nil, err
	}
	var edits []lineEdit
	switch {
	case hasStatus && hasReview:
		edits = []lineEdit{{st.first, st.end, text}, {rv.first, rv.end, reviewText}}
		if rv.first < st.first {
			edits[0], edits[1] = edits[1], edits[0]
		}
	case hasStatus:
		edits = []lineEdit{{st.first, st.end, append(text, reviewText...)}}
	case hasReview:
		edits = []lineEdit{{rv.first, rv.end, append(text, reviewText...)}}
	default:
		at := f.insertionLine()
		edits = []lineEdit{{at, at, append(text, reviewText...)}}
	}
	return f.splice(edits), nil
}

// lineComment keeps a comment written after the old status value.
func lineComment(e entry, ok bool) string {
	if !ok {
		return ""
	}
	for _, c := range []string{e.value.LineComment, e.key.LineComment} {
		if c != "" {
			return " " + c
		}
	}
	return ""
}

// encodeBlock writes "review:" and b with yaml.v3 (indent 2), in the
// file's line endings and indentation.
func (f *postFile) encodeBlock(b *block, old entry, hadReview bool, indent string) ([]byte, error) {
	if b.empty() {
		return nil, nil
	}
	key := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "review"}
	if hadReview {
		key.LineComment = old.key.LineComment
	}
	value := b.node
	value.Style = 0
	value.HeadComment, value.FootComment = "", ""
	dropFootComments(value)
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(mapNode(key, value)); err != nil {
		return nil, diag.Fail(diag.T("cannot write the review block: %s", diag.TextOf(err)), err)
	}
	if err := enc.Close(); err != nil {
		return nil, diag.Fail(diag.T("cannot write the review block: %s", diag.TextOf(err)), err)
	}
	lines := strings.SplitAfter(buf.String(), "\n")
	var out strings.Builder
	for _, l := range lines {
		if l == "" {
			continue
		}
		body := strings.TrimSuffix(l, "\n")
		if body != "" {
			out.WriteString(indent)
		}
		out.WriteString(body)
		out.WriteString(f.eol)
	}
	return []byte(out.String()), nil
}

// dropFootComments removes comments yaml.v3 attached below nodes: they
// stand on lines outside the block, which stay in the file as they are.
func dropFootComments(n *yaml.Node) {
	n.FootComment = ""
	for _, c := range n.Content {
		dropFootComments(c)
	}
}
