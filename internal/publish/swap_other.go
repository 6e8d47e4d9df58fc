//go:build !linux

package publish

// swap replaces dest with stage; see swapByRename.
func swap(stage, dest string) error { return swapByRename(stage, dest) }
