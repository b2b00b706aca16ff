//go:build !unix

package evaluation

// MaxRSSBytes is unknown on this system.
func MaxRSSBytes() uint64 { return 0 }
