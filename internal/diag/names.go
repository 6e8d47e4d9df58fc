package diag

import (
	"fmt"
	"path"
	"strings"
	"unicode/utf8"
)

// NameNotUTF8 returns an error at the path name when its last element is
// not UTF-8 text, with a hint that shows how to rename it. code is
// "bad-name". Such a name can neither be read as text nor made into an
// address.
func NameNotUTF8(name string) (Problem, bool) {
	base := path.Base(name)
	if utf8.ValidString(base) {
		return Problem{}, false
	}
	i := firstInvalid(base)
	return Make(Pos{Path: name}, Error, "bad-name", renameHint(base),
		T("this name is not UTF-8 text: byte 0x%02x after %q is not a character; tandem can neither read it nor make an address of it", base[i], base[:i])), true
}

// NameUnprintable is NameNotUTF8, and also an error when the last element
// of name holds a character that Printable escapes: a control character,
// a bidirectional control or a line separator. Such a name would be
// published as it is (a theme's asset) or become part of a template's
// name.
func NameUnprintable(name string) (Problem, bool) {
	if p, bad := NameNotUTF8(name); bad {
		return p, true
	}
	base := path.Base(name)
	for i, r := range base {
		if unsafeRune(r) {
			return Make(Pos{Path: name}, Error, "bad-name", renameHint(base),
				T("this name holds the control character %s after %q; a published file cannot be named so", escapeRune(r), base[:i])), true
		}
	}
	return Problem{}, false
}

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

// renameHint says how to rename a file whose name is not UTF-8 text or
// holds control characters, with a shell command to copy: the new name
// reads each stray byte as Latin-1, the usual cause ("caf\xe9" becomes
// "café"), and has "-" for each control character.
func renameHint(base string) Text {
	return T("rename it in its folder to a UTF-8 name, e.g. mv $'%s' '%s' (names written in an older encoding, such as Latin-1, look like this)",
		shellEscape(base), strings.ReplaceAll(latin1(base), "'", `'\''`))
}

// latin1 reads every byte of s that is not part of a UTF-8 character as
// a Latin-1 character; a control character (one Printable escapes)
// becomes "-".
func latin1(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			r = rune(s[i])
		}
		if unsafeRune(r) {
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
