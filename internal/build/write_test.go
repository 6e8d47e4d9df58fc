package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFailedBuildKeepsOutput checks that a build with errors leaves the
// previous output exactly as it was.
func TestFailedBuildKeepsOutput(t *testing.T) {
	site := t.TempDir()
	if err := os.CopyFS(site, os.DirFS("testdata/sites/programme")); err != nil {
		t.Fatal(err)
	}
	os.RemoveAll(filepath.Join(site, "want"))
	os.RemoveAll(filepath.Join(site, "want-preview"))
	good := buildSite(t, site, Options{Now: goldenNow})
	dest := filepath.Join(t.TempDir(), "public")
	if err := os.CopyFS(dest, os.DirFS(good)); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(site, "content/posts/r1/2024-01-15-kennenlernen.md")
	if err := os.WriteFile(bad, []byte("---\ntitle: [\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	root, err := os.OpenRoot(site)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	compiled, problems := NewCompiler(root.FS(), Options{Now: goldenNow}).Compile()
	if compiled != nil || !problems.HasErrors() {
		t.Fatal("the broken site compiled")
	}
	compareTrees(t, good, dest)
}

func TestWriteReplacesOnlyItsOwnOutput(t *testing.T) {
	root, err := os.OpenRoot("testdata/sites/programme")
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	compiled, problems := NewCompiler(root.FS(), Options{Now: goldenNow}).Compile()
	if compiled == nil {
		t.Fatal(problems.Err())
	}
	t.Run("foreign folder is refused", func(t *testing.T) {
		dest := t.TempDir()
		precious := filepath.Join(dest, "thesis.docx")
		os.WriteFile(precious, []byte("years of work"), 0o644)
		_, err := Write(dest, root.FS(), compiled)
		if err == nil || !strings.Contains(err.Error(), "did not write") {
			t.Fatalf("want a refusal, got %v", err)
		}
		if data, _ := os.ReadFile(precious); string(data) != "years of work" {
			t.Fatal("the user's file was touched")
		}
	})
	t.Run("own output is replaced and old files go", func(t *testing.T) {
		dest := filepath.Join(t.TempDir(), "public")
		if _, err := Write(dest, root.FS(), compiled); err != nil {
			t.Fatal(err)
		}
		stray := filepath.Join(dest, "posts/deleted/index.html")
		os.MkdirAll(filepath.Dir(stray), 0o755)
		os.WriteFile(stray, []byte("old"), 0o644)
		st, err := Write(dest, root.FS(), compiled)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(stray); !os.IsNotExist(err) {
			t.Error("a file of the previous build survived")
		}
		if st.Pages == 0 || st.Files <= st.Pages {
			t.Errorf("stats look wrong: %+v", st)
		}
		leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(dest), ".public.staging-*"))
		if len(leftovers) > 0 {
			t.Errorf("staging folders left behind: %v", leftovers)
		}
	})
}

func TestCheckDestination(t *testing.T) {
	site := t.TempDir()
	home, _ := os.UserHomeDir()
	tests := []struct {
		dest string
		ok   bool
	}{
		{filepath.Join(site, "public"), true},
		{filepath.Join(t.TempDir(), "out"), true},
		{site, false},
		{filepath.Dir(site), false},
		{"/", false},
		{home, false},
		{filepath.Join(site, "content", "out"), false},
	}
	for _, tt := range tests {
		err := CheckDestination(site, tt.dest)
		if (err == nil) != tt.ok {
			t.Errorf("CheckDestination(%q) = %v, want ok=%v", tt.dest, err, tt.ok)
		}
	}
}
