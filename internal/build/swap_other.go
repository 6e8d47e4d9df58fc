//go:build !linux

package build

// swap replaces dest with stage; see swapByRename.
func swap(stage, dest string) error { return swapByRename(stage, dest) }
