//go:build !linux

package hugepage

// Reserve does nothing on this system: only Linux backs memory with huge
// pages on request (see the package documentation).
func Reserve(n int64) {}
