package render

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// cappedBuffer is the buffer a converter renders into. It refuses to
// grow beyond its limit, the bound of content's cost model: a post
// within the model's limits never reaches it (FuzzConvertBounded), so it
// is the backstop should goldmark find a way around them.
type cappedBuffer struct {
	buf  bytes.Buffer
	left int
}

// reset empties the buffer and allows it limit bytes.
func (b *cappedBuffer) reset(limit int) {
	b.buf.Reset()
	b.left = limit
}

// Write implements io.Writer.
func (b *cappedBuffer) Write(p []byte) (int, error) {
	if len(p) > b.left {
		b.left = -1
		return 0, errTooMuchHTML
	}
	b.left -= len(p)
	return b.buf.Write(p)
}

// errTooMuchHTML is a body whose HTML would pass content.MaxHTML.
var errTooMuchHTML = fmt.Errorf("the Markdown renders to more than %d times its size plus %d MiB of HTML",
	content.HTMLFactor, content.HTMLAllowance>>20)

// markdownProblem is the problem of a post whose Markdown did not
// convert.
func markdownProblem(p *site.Post, err error) diag.Problem {
	var l diag.List
	pos := diag.Pos{Path: p.Path, Line: p.BodyLine, Col: 1}
	if errors.Is(err, errTooMuchHTML) {
		l.Errorf(pos, "markdown-too-large", diag.T("split the post, or write out what tables and references repeat"),
			"cannot convert the Markdown: %v", err)
		return l[0]
	}
	l.Errorf(pos, "markdown", diag.T("simplify the Markdown (very deep nesting?)"), "cannot convert the Markdown: %v", err)
	return l[0]
}
