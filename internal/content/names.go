package content

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// MaxDepth is how many folders deep below content/ a folder may be:
// content/posts/2025-26/my-bundle/images is 4. Every file is opened by its
// path, so a walk of ever deeper folders costs time growing with the
// square of their depth (5,000 nested folders took two minutes).
const MaxDepth = 32

// CheckName reports an entry met while walking content/ that tandem cannot
// take: a name that is not UTF-8 text, or a folder more than MaxDepth
// levels below content/. name is the path below the site root. When it
// returns false the walk leaves the entry out (a folder with everything in
// it).
func CheckName(name string, isDir bool, l *diag.List) bool {
	base := path.Base(name)
	if !utf8.ValidString(base) {
		i := firstInvalid(base)
		l.Errorf(diag.Pos{Path: name}, "bad-name", renameHint(base),
			"this name is not UTF-8 text: byte 0x%02x after %q is not a character; tandem can neither read it nor make an address of it", base[i], base[:i])
		return false
	}
	if isDir && depth(name) > MaxDepth {
		l.Errorf(diag.Pos{Path: name}, "too-deep", "move what is in it up: a folder per round (content/posts/2025-26/) is all posts need",
			"this folder is %d levels below content/; at most %d are allowed", depth(name), MaxDepth)
		return false
	}
	return true
}

// skip is what a walk's function returns to leave d out: fs.SkipDir
// for a folder, nil for a file.
func skip(d fs.DirEntry) error {
	if d.IsDir() {
		return fs.SkipDir
	}
	return nil
}

// depth is how many levels below content/ the path name is
// ("content/posts/a" is 2).
func depth(name string) int { return strings.Count(strings.TrimSuffix(name, "/"), "/") }

// firstInvalid returns the index of the first byte of s that starts no
// UTF-8 character.
func firstInvalid(s string) int {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(s)
}

// renameHint says how to rename a file whose name is not UTF-8, with a
// shell command to copy: the new name reads each stray byte as Latin-1,
// the usual cause ("caf\xe9" becomes "café").
func renameHint(base string) string {
	return fmt.Sprintf("rename it in its folder to a UTF-8 name, e.g. mv $'%s' '%s' (names written in an older encoding, such as Latin-1, look like this)",
		shellEscape(base), strings.ReplaceAll(latin1(base), "'", `'\''`))
}

// latin1 reads every byte of s that is not part of a UTF-8 character as
// a Latin-1 character; a control character becomes "-".
func latin1(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			r = rune(s[i])
		}
		if r < ' ' || r >= 0x7f && r < 0xa0 {
			r = '-'
		}
		b.WriteRune(r)
		i += size
	}
	return b.String()
}

// shellEscape writes s for bash's $'…' quoting: printable ASCII as it is
// (but \ and '), every other byte as \xHH.
func shellEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' || c == '\'':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < ' ' || c > '~':
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
