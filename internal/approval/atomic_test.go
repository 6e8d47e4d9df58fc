package approval

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const atomicName = "content/posts/a.md"

// atomicSite is a folder with one post file of the given permissions.
func atomicSite(t *testing.T, perm os.FileMode) (string, *os.Root) {
	t.Helper()
	dir, root := writeSite(t, map[string]string{atomicName: "old text\n"})
	if err := os.Chmod(filepath.Join(dir, atomicName), perm); err != nil {
		t.Fatal(err)
	}
	return dir, root
}

// leftovers lists the files in the post's folder besides the post.
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(dir, "content/posts"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if e.Name() != "a.md" {
			out = append(out, e.Name())
		}
	}
	return out
}

func TestReplace(t *testing.T) {
	t.Parallel()
	dir, root := atomicSite(t, 0o640)
	if err := Replace(root, atomicName, []byte("old text\n"), []byte("new text\n")); err != nil {
		t.Fatal(err)
	}
	full := filepath.Join(dir, atomicName)
	data, _ := os.ReadFile(full)
	info, _ := os.Stat(full)
	if string(data) != "new text\n" || info.Mode().Perm() != 0o640 {
		t.Errorf("file %q mode %v, want the new text with mode 0640", data, info.Mode().Perm())
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("temporary files left: %v", l)
	}
}

func TestReplaceFailures(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		perm    os.FileMode
		r       func(root *os.Root, dir string) replacer
		want    error
		message string
		// other is what a second editor wrote meanwhile; "" means nobody.
		other string
	}{
		{name: "a failing write leaves the original", perm: 0o644,
			r: func(root *os.Root, _ string) replacer {
				return replacer{syncEach: true, write: func(f *os.File, data []byte) error {
					_, _ = f.Write(data[:3])
					return errors.New("no space left on device")
				}}
			},
			message: "no space left on device"},
		{name: "a read-only file is left untouched", perm: 0o444,
			r:    func(*os.Root, string) replacer { return replacer{syncEach: true} },
			want: ErrReadOnly, message: "chmod u+w"},
		{name: "a change by someone else is kept", perm: 0o644,
			r: func(root *os.Root, dir string) replacer {
				return replacer{syncEach: true, beforeCommit: func(name string) {
					_ = os.WriteFile(filepath.Join(dir, name), []byte("their text\n"), 0o644)
				}}
			},
			want: ErrChanged, message: "changed by someone else", other: "their text\n"},
		{name: "a deleted file is not recreated", perm: 0o644,
			r: func(root *os.Root, dir string) replacer {
				return replacer{syncEach: true, beforeCommit: func(name string) {
					_ = os.Remove(filepath.Join(dir, name))
				}}
			},
			want: ErrChanged, message: "run the command again", other: "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir, root := atomicSite(t, tt.perm)
			r := tt.r(root, dir)
			folder, err := root.OpenRoot("content/posts")
			if err != nil {
				t.Fatal(err)
			}
			defer folder.Close()
			s, err := r.stage(folder, atomicName, []byte("old text\n"), []byte("new text\n"))
			if err == nil {
				err = r.commit(s)
			}
			if err == nil || (tt.want != nil && !errors.Is(err, tt.want)) || !strings.Contains(err.Error(), tt.message) {
				t.Fatalf("error %v, want %v saying %q", err, tt.want, tt.message)
			}
			want := "old text\n"
			if tt.other != "" {
				want = tt.other
			}
			data, rerr := os.ReadFile(filepath.Join(dir, atomicName))
			if tt.other == "-" {
				if rerr == nil {
					t.Errorf("the deleted file came back: %q", data)
				}
			} else if string(data) != want {
				t.Errorf("file holds %q, want %q", data, want)
			}
			if l := leftovers(t, dir); len(l) > 0 {
				t.Errorf("temporary files left: %v", l)
			}
		})
	}
}

func TestReplaceRefusesLinks(t *testing.T) {
	t.Parallel()
	dir, root := atomicSite(t, 0o644)
	link := "content/posts/link.md"
	if err := os.Symlink("a.md", filepath.Join(dir, link)); err != nil {
		t.Fatal(err)
	}
	if err := Replace(root, link, []byte("old text\n"), []byte("new\n")); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("replacing a link: %v", err)
	}
}

// TestReplaceRefusesReadOnlyFolders needs a user whom permissions bind:
// root writes into read-only folders. In CI, .ci/run runs it as an
// unprivileged user and fails when it skips there.
func TestReplaceRefusesReadOnlyFolders(t *testing.T) {
	t.Parallel()
	if os.Geteuid() == 0 {
		t.Skip("needs an unprivileged user: root writes into read-only folders (.ci/run runs this test as one)")
	}
	dir, root := atomicSite(t, 0o644)
	folder := filepath.Join(dir, "content/posts")
	if err := os.Chmod(folder, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(folder, 0o755) })
	if err := Replace(root, atomicName, []byte("old text\n"), []byte("new\n")); err == nil || !strings.Contains(err.Error(), "cannot write a new version") {
		t.Errorf("read-only folder: %v", err)
	}
}
