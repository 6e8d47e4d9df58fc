package check

import (
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/mdlinks"
	"github.com/yuin/goldmark"
)

// mdLink is a link or image destination written in a post's Markdown
// (see mdlinks.Link, which check shares with build).
type mdLink = mdlinks.Link

func markdownLinks(md goldmark.Markdown, p *content.Post, page, href string) []mdLink {
	return mdlinks.Find(md, p, page, href)
}

func newMarkdown() goldmark.Markdown { return mdlinks.NewMarkdown() }

func newPlainMarkdown() goldmark.Markdown { return mdlinks.NewPlainMarkdown() }

// refOf is the address as the post's page has it in its HTML.
func refOf(l *mdLink) htmlRef {
	if l.Image {
		return htmlRef{Tag: "img", Attr: "src", Value: l.Address}
	}
	return htmlRef{Tag: "a", Attr: "href", Value: l.Address}
}
