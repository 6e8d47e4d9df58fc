package history

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Commit is one commit of the log and the files it changed.
type Commit struct {
	Hash    string
	Changes []Change
}

// Change is one file a commit changed.
type Change struct {
	// Status is git's letter: A, M, D, R, C, T…
	Status byte
	// From is the path before a rename or copy; "" otherwise.
	From string
	// Path is the path after the change.
	Path string
	// Blob is the file's object id after the change; all zeros when
	// deleted.
	Blob string
}

// errLog says git's output is not what DiffArgs asks for.
var errLog = errors.New("unexpected git log output")

// ParseLog reads the output of git diff-tree with DiffArgs (or of git log
// -z --raw with the same format) and calls each for every commit, in the
// order git shows them. Merge commits (git shows no changes for them)
// come without changes.
func ParseLog(r io.Reader, each func(Commit) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var c *Commit
	for {
		tok, err := field(br)
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		tok = strings.TrimPrefix(tok, "\n")
		switch {
		case strings.HasPrefix(tok, "\x01"):
			if c != nil {
				if err := each(*c); err != nil {
					return err
				}
			}
			c = &Commit{Hash: strings.TrimSpace(tok[1:])}
			if !isObjectID(c.Hash) {
				return fmt.Errorf("%w: %q is not a commit id", errLog, c.Hash)
			}
		case strings.HasPrefix(tok, ":") && c != nil:
			ch, err := change(br, tok)
			if err != nil {
				return err
			}
			c.Changes = append(c.Changes, ch)
		case tok == "":
		default:
			return fmt.Errorf("%w: %q", errLog, tok)
		}
	}
	if c != nil {
		return each(*c)
	}
	return nil
}

// field reads up to the next NUL; a last field without one is returned
// with io.EOF only when it is empty.
func field(br *bufio.Reader) (string, error) {
	s, err := br.ReadString(0)
	if err == io.EOF && s != "" {
		return s, nil
	}
	if err != nil {
		return "", err
	}
	return s[:len(s)-1], nil
}

// change reads one raw entry whose first field is meta, e.g.
// ":100644 100644 <old> <new> R086", and its one or two paths.
func change(br *bufio.Reader, meta string) (Change, error) {
	f := strings.Fields(meta[1:])
	if len(f) != 5 || !isObjectID(f[3]) || f[4] == "" {
		return Change{}, fmt.Errorf("%w: %q is not a raw diff entry", errLog, meta)
	}
	ch := Change{Status: f[4][0], Blob: f[3]}
	var err error
	if ch.Status == 'R' || ch.Status == 'C' {
		if ch.From, err = path(br); err != nil {
			return Change{}, err
		}
	}
	if ch.Path, err = path(br); err != nil {
		return Change{}, err
	}
	return ch, nil
}

// path reads a path field.
func path(br *bufio.Reader) (string, error) {
	p, err := field(br)
	if err == io.EOF || (err == nil && p == "") {
		return "", fmt.Errorf("%w: a change without its path", errLog)
	}
	return p, err
}

// isObjectID reports whether s is a SHA-1 or SHA-256 object id in hex.
func isObjectID(s string) bool {
	if len(s) != 40 && len(s) != 64 {
		return false
	}
	return strings.Trim(s, "0123456789abcdef") == ""
}

// deleted reports whether blob is the all-zero id of a deleted file.
func deleted(blob string) bool { return strings.Trim(blob, "0") == "" }

// postsDir is the folder of the posts, relative to the site folder.
const postsDir = "content/posts/"

// isPostFile reports whether a path in the log can be a post: Markdown
// below content/posts.
func isPostFile(p string) bool { return strings.HasPrefix(p, postsDir) && strings.HasSuffix(p, ".md") }
