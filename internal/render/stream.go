package render

import (
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
