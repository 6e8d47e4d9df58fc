//go:build !linux

package publish

import "os"

// removeTree removes the folder dir and everything in it.
func removeTree(dir string) error { return os.RemoveAll(dir) }
