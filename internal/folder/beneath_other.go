//go:build !linux

package folder

// beneath stands for a folder opened for openat2, which this system
// lacks: the os.Root does all the work.
type beneath int

func openBeneath(string) beneath { return -1 }

func (beneath) close() {}

// open returns nil: the caller opens through the os.Root.
func (beneath) open(string) (*file, error) { return nil, nil }

// write reports false: the caller writes through the os.Root.
func (beneath) write(string, []byte) (bool, error) { return false, nil }

// mkdir reports false: the caller makes the folder through the os.Root.
func (beneath) mkdir(string) (bool, error) { return false, nil }

// readDir reports false: the caller lists through the os.Root.
func (beneath) readDir(string) ([]dirEntry, bool) { return nil, false }

// readLimited reports false: the caller reads through the os.Root.
func (beneath) readLimited(string, int64) ([]byte, int64, bool, error) { return nil, 0, false, nil }
