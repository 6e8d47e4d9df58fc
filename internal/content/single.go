package content

import (
	"io/fs"
	"path"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// ParsePost decodes the post file name from data already read from site,
// as Load would: when name is the index.md of a bundle folder below
// PostDir, the bundle's name, default slug and files are added. The
// review commands use it to change one post without loading them all.
func ParsePost(site fs.FS, name string, data []byte) (*Post, diag.List) {
	post, problems := Parse(name, data)
	if post == nil || !IsBundleIndex(name) {
		return post, problems
	}
	problems.Add(addBundle(site, post, path.Dir(name), newReadBuffer())...)
	return post, problems
}

// IsBundleIndex reports whether name is the index.md of a bundle folder
// (any folder below PostDir, not PostDir itself).
func IsBundleIndex(name string) bool {
	dir := path.Dir(name)
	return path.Base(name) == "index.md" && strings.HasPrefix(dir, PostDir+"/")
}
