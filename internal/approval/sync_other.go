//go:build !linux

package approval

import "os"

// syncAll does nothing here: without syncfs(2) each staged file is
// synced as it is written.
func syncAll(root *os.Root) error { return nil }

// batchSyncsEach says whether a batch must sync each file as it stages it.
const batchSyncsEach = true
