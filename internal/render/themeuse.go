package render

import (
	"crypto/sha256"
	"encoding/binary"
	"html/template"
	"io"
	"io/fs"
	"maps"
	"slices"
	"text/template/parse"
)

// fingerprint hashes what a renderer makes pages with: every theme file
// it parsed (files, by template name), the strings of lang and the base
// path. Two renderers with the same fingerprint make the same page from
// the same view.
func fingerprint(theme fs.FS, lang, basePath string, files map[string]string) [32]byte {
	h := sha256.New()
	part := func(s string) {
		var n [binary.MaxVarintLen64]byte
		h.Write(binary.AppendUvarint(n[:0], uint64(len(s))))
		io.WriteString(h, s)
	}
	part("renderer")
	part(lang)
	part(basePath)
	names := append(slices.Sorted(maps.Values(files)), "i18n/"+lang+".yaml")
	for _, name := range names {
		part(name)
		data, err := fs.ReadFile(theme, name)
		if err != nil {
			part("unreadable: " + err.Error())
			continue
		}
		part(string(data))
	}
	return [32]byte(h.Sum(nil))
}

// names reports whether any template of t names the field (or method)
// field: {{.X}}, {{$.X}}, {{$v.X}}, {{(…).X}}. render fills a page's
// AllPosts only for the kinds whose templates name it; a template that
// reaches it another way finds it empty, never stale.
func names(t *template.Template, field string) bool {
	for _, tt := range t.Templates() {
		if tt.Tree != nil && nodeNames(tt.Tree.Root, field) {
			return true
		}
	}
	return false
}

func nodeNames(n parse.Node, field string) bool {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return false
		}
		for _, c := range n.Nodes {
			if nodeNames(c, field) {
				return true
			}
		}
	case *parse.ActionNode:
		return nodeNames(n.Pipe, field)
	case *parse.PipeNode:
		if n == nil {
			return false
		}
		for _, c := range n.Cmds {
			if nodeNames(c, field) {
				return true
			}
		}
	case *parse.CommandNode:
		for _, a := range n.Args {
			if nodeNames(a, field) {
				return true
			}
		}
	case *parse.FieldNode:
		return slices.Contains(n.Ident, field)
	case *parse.VariableNode:
		return slices.Contains(n.Ident, field)
	case *parse.ChainNode:
		return slices.Contains(n.Field, field) || nodeNames(n.Node, field)
	case *parse.IfNode:
		return branchNames(&n.BranchNode, field)
	case *parse.RangeNode:
		return branchNames(&n.BranchNode, field)
	case *parse.WithNode:
		return branchNames(&n.BranchNode, field)
	case *parse.TemplateNode:
		return nodeNames(n.Pipe, field)
	}
	return false
}

func branchNames(b *parse.BranchNode, field string) bool {
	return nodeNames(b.Pipe, field) || nodeNames(b.List, field) || nodeNames(b.ElseList, field)
}
