package check

import (
	"fmt"
	"io"
	"strconv"
	"sync"
)

// progress shows how far a long step is on one line that it rewrites
// ("checking links 4,200/10,000"). A nil writer shows nothing.
type progress struct {
	w     io.Writer
	label string
	total int
	step  int
	mu    sync.Mutex
	done  int
}

func newProgress(w io.Writer, label string, total int) *progress {
	p := &progress{w: w, label: label, total: total, step: max(1, total/200)}
	p.show()
	return p
}

// add counts n more items done and redraws the line now and then.
func (p *progress) add(n int) {
	if p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	before := p.done / p.step
	p.done += n
	if p.done/p.step != before || p.done == p.total {
		p.show()
	}
}

func (p *progress) show() {
	if p.w != nil {
		fmt.Fprintf(p.w, "\r%s %s/%s", p.label, thousands(p.done), thousands(p.total))
	}
}

// finish clears the line.
func (p *progress) finish() {
	if p.w != nil {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// thousands writes n with commas: 10000 is "10,000".
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
