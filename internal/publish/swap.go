package publish

import "os"

// swapByRename replaces dest with stage in two renames, for systems
// without an atomic exchange. The old output ends up in stage.
func swapByRename(stage, dest string) error {
	old := stage + ".old"
	if err := os.Rename(dest, old); err != nil {
		if os.IsNotExist(err) {
			return os.Rename(stage, dest)
		}
		return err
	}
	if err := os.Rename(stage, dest); err != nil {
		_ = os.Rename(old, dest) // put the old output back
		return err
	}
	return os.Rename(old, stage)
}
