package render

import (
	"bytes"
	"context"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// Sink receives each generated file as soon as it is made, from several
// goroutines at once. The data is valid only during the call: a page is
// handed over in the buffer it was executed into, which then serves the
// next page (a sink that writes the file needs no copy of it).
type Sink func(Output) error

// Stream produces every page of s like Render, but hands each output to
// sink the moment it is made instead of keeping it: a one-shot build
// writes pages while others are still being rendered, and never holds
// the whole site in memory. For the same reason Stream uses up s: a
// post's Markdown (its Body) is released once converted, as nothing
// renders from it afterwards. The outputs in the Result have paths but
// no data. The error is the sink's (a page that could not be written);
// problems are the site's, as from Render. Once ctx is done Stream
// converts and executes nothing more and returns ctx's error.
func (r *Renderer) Stream(ctx context.Context, s *site.Site, sink Sink) (Result, diag.List, error) {
	return r.render(ctx, s, nil, sink)
}

// make makes one output, of page when it is a page, and returns a copy
// of exactly its bytes.
func (r *Renderer) make(j job, page *Page) (data []byte, err error) {
	err = r.makeWith(j, page, func(b []byte) {
		// The buffer grew by doubling: thousands of pages with spare
		// capacity would double the memory a build needs.
		data = bytes.Clone(b)
	})
	return data, err
}

// makeWith makes one output, a page into a recycled buffer, and when it
// succeeds hands it to use, which must not keep it: the buffer serves
// the next page.
func (r *Renderer) makeWith(j job, page *Page, use func(data []byte)) error {
	if page == nil {
		use(j.file())
		return nil
	}
	if page.err != nil {
		return page.err
	}
	buf, _ := r.bufs.Get().(*bytes.Buffer)
	if buf == nil {
		buf = bytes.NewBuffer(make([]byte, 0, 32<<10))
	}
	defer func() { buf.Reset(); r.bufs.Put(buf) }()
	if err := r.pages[page.Kind].ExecuteTemplate(buf, "base.html", page); err != nil {
		return err
	}
	use(trimTrailingSpace(buf.Bytes()))
	return nil
}
