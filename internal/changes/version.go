package changes

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os/exec"
	"path"
	"strconv"
	"strings"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
)

// Version reads the post name (a path below the site folder dir, with
// "/") as commit holds it, with its bundle's files when name is a
// bundle's index.md, and parses it as content.Load would. It runs git
// twice (ls-tree, cat-file), whatever the number of files. The post is
// not validated yet.
func Version(ctx context.Context, dir, commit, name string) (*content.Post, error) {
	site, err := versionFiles(ctx, dir, commit, name)
	if err != nil {
		return nil, err
	}
	return parseVersion(site, commit, name)
}

// versionFiles reads the files of Version: the post and its bundle.
func versionFiles(ctx context.Context, dir, commit, name string) (fstest.MapFS, error) {
	spec := name
	if content.IsBundleIndex(name) {
		spec = path.Dir(name)
	}
	list, err := git(ctx, dir, nil, "ls-tree", "-r", "-z", commit, "--", "./"+spec)
	if err != nil {
		return nil, err
	}
	names, ids := blobs(list)
	var in bytes.Buffer
	for _, id := range ids {
		in.WriteString(id + "\n")
	}
	out, err := git(ctx, dir, &in, "cat-file", "--batch")
	if err != nil {
		return nil, err
	}
	site := fstest.MapFS{}
	br := bufio.NewReader(bytes.NewReader(out))
	for _, n := range names {
		data, err := batchEntry(br)
		if err != nil {
			return nil, err
		}
		site[n] = &fstest.MapFile{Data: data, Mode: 0o644}
	}
	return site, nil
}

// parseVersion parses the post name of site, which commit holds.
func parseVersion(site fstest.MapFS, commit, name string) (*content.Post, error) {
	data, ok := site[name]
	if !ok {
		return nil, diag.Fail(diag.T("commit %s holds no file %s", commit, name))
	}
	post, _ := content.ParsePost(site, name, data.Data)
	if post == nil || post.Meta == nil {
		return nil, diag.Fail(diag.T("the version of %s in commit %s cannot be read as a post", name, commit))
	}
	return post, nil
}

// blobs reads git ls-tree -z's entries: the names and ids of the blobs.
func blobs(list []byte) (names, ids []string) {
	for _, entry := range bytes.Split(list, []byte{0}) {
		meta, name, ok := bytes.Cut(entry, []byte{'\t'})
		fields := strings.Fields(string(meta))
		if !ok || len(fields) != 3 || fields[1] != "blob" || fields[0] == "120000" {
			continue // a folder of a submodule, or a link (never followed)
		}
		names = append(names, string(name))
		ids = append(ids, fields[2])
	}
	return names, ids
}

// batchEntry reads one "<id> blob <size>\n<data>\n" of git cat-file --batch.
func batchEntry(br *bufio.Reader) ([]byte, error) {
	head, err := br.ReadString('\n')
	if err != nil {
		return nil, err
	}
	fields := strings.Fields(head)
	if len(fields) != 3 {
		return nil, fmt.Errorf("unexpected git cat-file output %q", head)
	}
	size, err := strconv.Atoi(fields[2])
	if err != nil || size > content.MaxBundleFileSize {
		return nil, fmt.Errorf("unexpected git cat-file output %q", head)
	}
	data := make([]byte, size+1)
	if _, err := io.ReadFull(br, data); err != nil {
		return nil, err
	}
	return data[:size], nil
}

// git runs git in dir with stdin and returns what it printed.
func git(ctx context.Context, dir string, stdin io.Reader, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = dir
	cmd.Stdin = stdin
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git %s: %w: %s", args[0], err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}
