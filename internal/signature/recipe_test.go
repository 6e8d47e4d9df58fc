package signature

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// handRecipe returns the shell commands of doc.go's "Verifying a
// signature by hand" section, without the tandem command that writes
// allowed_signers (the test writes that file itself).
func handRecipe(t *testing.T) string {
	t.Helper()
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(doc), "// # Verifying a signature by hand\n")
	if !ok {
		t.Fatal("doc.go has no section \"Verifying a signature by hand\"")
	}
	var script []string
	for _, line := range strings.Split(section, "\n") {
		code, isCode := strings.CutPrefix(line, "//\t")
		if !isCode && len(script) > 0 {
			break
		}
		if isCode {
			script = append(script, code)
		}
	}
	if len(script) == 0 || script[0] != "tandem review keys > allowed_signers" {
		t.Fatalf("recipe should start with tandem review keys, got %q", script)
	}
	return strings.Join(script[1:], "\n") + "\n"
}

// postWithReview is a post as the review commands might write it, with
// the approval time in CET and the signature as a YAML block.
func postWithReview(digest, armored string) string {
	indented := "    " + strings.ReplaceAll(strings.TrimSpace(armored), "\n", "\n    ")
	return "---\ntitle: \"Start\"\nstatus: approved\nreview:\n" +
		"  submitted_at: 2024-03-04T12:00:00+01:00\n" +
		"  approved_by: anna\n" +
		"  approved_at: 2024-03-05T10:30:00+01:00\n" +
		"  digest: \"" + digest + "\"\n" +
		"  signature: |\n" + indented + "\n---\nWe met for the first time.\n"
}

func TestHandRecipe(t *testing.T) {
	t.Parallel()
	requireTool(t, "ssh-keygen")
	script := handRecipe(t)
	anna := newKey(t, "ed25519")
	a := sampleApproval()
	sig := mustSign(t, anna, a)
	tests := []struct {
		name   string
		digest string
		wantOK bool
	}{
		{"as approved", a.Digest, true},
		{"digest edited", "sha256:0000", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			allowed, err := AllowedSigners([]Entry{{"anna", anna.authorized()}})
			if err != nil {
				t.Fatal(err)
			}
			writeFile(t, filepath.Join(dir, "allowed_signers"), allowed)
			post := filepath.Join(dir, filepath.FromSlash(a.Path))
			if err := os.MkdirAll(filepath.Dir(post), 0o755); err != nil {
				t.Fatal(err)
			}
			writeFile(t, post, postWithReview(tt.digest, sig))
			out, err := runTool(t, dir, nil, nil, "bash", "-c", script)
			if tt.wantOK && (err != nil || !strings.Contains(out, `Good "tandem-approval" signature for anna`)) {
				t.Fatalf("the recipe in doc.go fails: %v\n%s", err, out)
			}
			if !tt.wantOK && err == nil {
				t.Fatalf("the recipe accepted an edited digest:\n%s", out)
			}
		})
	}
}
