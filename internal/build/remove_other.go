//go:build !linux

package build

import "os"

// removeTree removes the folder dir and everything in it.
func removeTree(dir string) error { return os.RemoveAll(dir) }
