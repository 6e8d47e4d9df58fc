package approval

import (
	"os"
	"path"
	"sync"
)

// folders opens each folder of a batch once. Every os.Root operation
// resolves its path one name at a time, so reaching a post through its
// folder's Root costs one lookup instead of one per path element.
type folders struct {
	root *os.Root
	mu   sync.Mutex
	open map[string]*os.Root
	errs map[string]error
}

func newFolders(root *os.Root) *folders {
	return &folders{root: root, open: map[string]*os.Root{}, errs: map[string]error{}}
}

// of returns the Root of the folder holding name.
func (f *folders) of(name string) (*os.Root, error) {
	dir := path.Dir(name)
	f.mu.Lock()
	defer f.mu.Unlock()
	if r, ok := f.open[dir]; ok {
		return r, nil
	}
	if err, ok := f.errs[dir]; ok {
		return nil, err
	}
	r, err := f.root.OpenRoot(dir)
	if err != nil {
		f.errs[dir] = err
		return nil, err
	}
	f.open[dir] = r
	return r, nil
}

// syncAll makes the renames in every folder durable; it returns the
// folders that failed.
func (f *folders) syncAll() map[string]error {
	failed := map[string]error{}
	for dir, r := range f.open {
		if err := syncDir(r); err != nil {
			failed[dir] = err
		}
	}
	return failed
}

func (f *folders) close() {
	for _, r := range f.open {
		r.Close()
	}
}
