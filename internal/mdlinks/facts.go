package mdlinks

import (
	"bytes"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/yuin/goldmark"
)

// Facts is what tandem check needs of a post's body, taken while the
// body is at hand, so the body can be let go before the site is
// outlined (build.Outline): a body is some 5 KB, a site holds thousands.
// A later stage that needs the body itself reads the post again and uses
// it only when the file hash is the one loaded (see content.Post.Hash).
type Facts struct {
	// Words is how many words the body has (content.CountWords),
	// counted only for a post without a summary (the summary rule's
	// question); 0 for one with a summary.
	Words int
	// Scan is the quick scan of the body (see ScanBody).
	Scan Scan
	// Images are the images written in the body, not inside another
	// image's description, as Find returns them for the page "posts/";
	// the body is parsed for them only when it holds "![".
	Images []Link
}

// FactsOf takes the facts of p's body, parsing it with md (NewMarkdown)
// when it holds an image. Markdown that makes the parser fail gives no
// images (the link check reports it).
func FactsOf(md goldmark.Markdown, p *content.Post) Facts {
	f := Facts{Scan: ScanBody(p.Body)}
	if p.Summary == "" {
		f.Words = content.CountWords(p.Body)
	}
	if bytes.Contains(p.Body, []byte("![")) {
		f.Images = Images(md, p)
	}
	return f
}

// Images returns the images of p's body not inside another image's
// description, as Find returns them for the page "posts/", or none when
// the parser (md, NewMarkdown) fails.
func Images(md goldmark.Markdown, p *content.Post) (found []Link) {
	defer func() {
		if recover() != nil {
			found = nil
		}
	}()
	for _, l := range Find(md, p, "posts/", "/posts/") {
		if l.Image && !l.InAlt {
			found = append(found, l)
		}
	}
	return found
}
