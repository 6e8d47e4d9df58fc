package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const diffPost = "content/posts/r1/2024-03-03-ausflug/index.md"

const diffText = "---\ntitle: Ausflug\ndate: 2024-03-03\ntandem: t01\nauthors: [anna]\ntags: [wandern, museum]\n---\n" +
	"Wir sind am Samstag früh losgefahren und haben den Zug genommen.\n\n" +
	"Im Museum hat Ben die alten Karten erklärt.\n\n" +
	"Am Abend waren wir müde, aber zufrieden.\n"

// diffSite is reviewSite in a git repository with diffPost, a bundle
// with a picture, approved by frauke and committed.
func diffSite(t *testing.T) string {
	t.Helper()
	site := reviewSite(t)
	gitIn(t, site, "init", "-q")
	putFile(t, site, diffPost, diffText)
	putFile(t, site, "content/posts/r1/2024-03-03-ausflug/karte.jpg", "JPEG1")
	if code, stdout, stderr := runTandem("review", "approve", "-s", site, diffPost, "--by", "frauke", "--force", "--now", "2024-03-04T09:00:00Z"); code != exitOK {
		t.Fatalf("approve: exit %d\n%s%s", code, stdout, stderr)
	}
	commitAll(t, site, "approved")
	return site
}

func putFile(t *testing.T, site, name, text string) {
	t.Helper()
	full := filepath.Join(site, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// editPost replaces old by new in the post (review block kept).
func editPost(t *testing.T, site, name, old, new string) {
	t.Helper()
	text := readPost(t, site, name)
	if !strings.Contains(text, old) {
		t.Fatalf("%s holds no %q", name, old)
	}
	putFile(t, site, name, strings.Replace(text, old, new, 1))
}

// diffSays runs review diff on the post and returns what it printed.
func diffSays(t *testing.T, site, post string, wantCode int, args ...string) string {
	t.Helper()
	code, stdout, stderr := runTandem(append([]string{"review", "diff", "-s", site, post}, args...)...)
	if code != wantCode {
		t.Fatalf("review diff: exit %d, want %d\n%s%s", code, wantCode, stdout, stderr)
	}
	return stdout + stderr
}

func TestDiffWordChange(t *testing.T) {
	site := diffSite(t)
	editPost(t, site, diffPost, "alten Karten", "neuen Karten")
	commitAll(t, site, "edited")
	got := diffSays(t, site, diffPost, exitOK)
	want := "  text:\n    15  Im Museum hat Ben die [-alten-]{+neuen+} Karten erklärt.\n"
	if !strings.Contains(got, want) || !strings.Contains(got, "changed since the approval by frauke on 2024-03-04") {
		t.Errorf("got\n%s\nwant it to hold\n%s", got, want)
	}
}

func TestDiffUncommittedEditCompared(t *testing.T) {
	site := diffSite(t)
	editPost(t, site, diffPost, "müde, aber zufrieden", "zufrieden")
	got := diffSays(t, site, diffPost, exitOK)
	if !strings.Contains(got, "Am Abend waren wir [-müde, aber -]zufrieden.") {
		t.Errorf("got\n%s", got)
	}
}

func TestDiffMovedParagraph(t *testing.T) {
	site := diffSite(t)
	text := readPost(t, site, diffPost)
	museum := "Im Museum hat Ben die alten Karten erklärt.\n\n"
	text = strings.Replace(text, museum, "", 1) + "\n" + strings.TrimSuffix(museum, "\n")
	putFile(t, site, diffPost, text)
	commitAll(t, site, "moved")
	got := diffSays(t, site, diffPost, exitOK)
	if !strings.Contains(got, "[-Im Museum hat Ben die alten Karten erklärt.-]") || !strings.Contains(got, "{+Im Museum hat Ben die alten Karten erklärt.+}") {
		t.Errorf("a moved paragraph is shown deleted where it was and inserted where it is; got\n%s", got)
	}
}

func TestDiffChangedTag(t *testing.T) {
	site := diffSite(t)
	editPost(t, site, diffPost, "tags: [wandern, museum]", "tags: [wandern, kunst]")
	commitAll(t, site, "tag")
	got := diffSays(t, site, diffPost, exitOK)
	if !strings.Contains(got, `  tags: [-"wandern, museum"-]{+"wandern, kunst"+}`) || strings.Contains(got, "text:") {
		t.Errorf("got\n%s", got)
	}
}

func TestDiffSwappedBundleImage(t *testing.T) {
	site := diffSite(t)
	dir := filepath.Join(site, filepath.FromSlash(filepath.Dir(diffPost)))
	if err := os.Remove(filepath.Join(dir, "karte.jpg")); err != nil {
		t.Fatal(err)
	}
	putFile(t, site, "content/posts/r1/2024-03-03-ausflug/foto.jpg", "JPEG2")
	putFile(t, site, "content/posts/r1/2024-03-03-ausflug/karte.jpg", "JPEG3")
	commitAll(t, site, "swapped")
	got := diffSays(t, site, diffPost, exitOK)
	for _, want := range []string{"  bundle file added: foto.jpg\n", "  bundle file changed: karte.jpg\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("got\n%s\nwant it to hold %q", got, want)
		}
	}
}

func TestDiffAfterRename(t *testing.T) {
	site := diffSite(t)
	moved := "content/posts/r1/2024-03-03-ausflug-zum-museum/index.md"
	gitIn(t, site, "mv", filepath.Join("content/posts/r1/2024-03-03-ausflug"), filepath.Join("content/posts/r1/2024-03-03-ausflug-zum-museum"))
	editPost(t, site, moved, "title: Ausflug", "title: Ausflug zum Museum")
	commitAll(t, site, "renamed")
	got := diffSays(t, site, moved, exitOK)
	want := "(commit "
	if !strings.Contains(got, want) || !strings.Contains(got, ", as "+diffPost+")") ||
		!strings.Contains(got, `  title: [-"Ausflug"-]{+"Ausflug zum Museum"+}`) || !strings.Contains(got, `  slug: [-"ausflug"-]{+"ausflug-zum-museum"+}`) {
		t.Errorf("got\n%s", got)
	}
}

func TestDiffShallowClone(t *testing.T) {
	site := diffSite(t)
	editPost(t, site, diffPost, "alten", "neuen")
	commitAll(t, site, "edited")
	clone := filepath.Join(t.TempDir(), "clone")
	gitIn(t, site, "clone", "-q", "--depth", "1", "file://"+site, clone)
	got := diffSays(t, clone, diffPost, exitContent)
	if !strings.Contains(got, diffPost+":") || !strings.Contains(got, "shallow git clone") || !strings.Contains(got, "git fetch --unshallow") {
		t.Errorf("got\n%s", got)
	}
}

func TestDiffApprovedVersionMissing(t *testing.T) {
	site := reviewSite(t)
	gitIn(t, site, "init", "-q")
	putFile(t, site, diffPost, diffText)
	if code, _, stderr := runTandem("review", "approve", "-s", site, diffPost, "--by", "frauke", "--force", "--now", "2024-03-04T09:00:00Z"); code != exitOK {
		t.Fatal(stderr)
	}
	editPost(t, site, diffPost, "alten", "neuen") // edited before the approval was committed
	commitAll(t, site, "approved and edited")
	got := diffSays(t, site, diffPost, exitContent)
	if !strings.Contains(got, "the version frauke approved on 2024-03-04 is not in the git history") || !strings.Contains(got, "hint: ") {
		t.Errorf("got\n%s", got)
	}
	code, stdout, _ := runTandem("review", "diff", "-s", site, diffPost, "--format", "json")
	var res []struct {
		Problem struct{ Code string } `json:"problem"`
	}
	if err := json.Unmarshal([]byte(stdout), &res); err != nil || code != exitContent || len(res) != 1 || res[0].Problem.Code != "approved-version-missing" {
		t.Errorf("json: exit %d, %v\n%s", code, err, stdout)
	}
}

func TestDiffCurrentApprovalNotCompared(t *testing.T) {
	site := diffSite(t)
	if got := diffSays(t, site, diffPost, exitOK); !strings.Contains(got, "not compared: the post is published") {
		t.Errorf("got\n%s", got)
	}
	if got := diffSays(t, site, diffPost, exitOK, "--since-approval"); !strings.Contains(got, "nothing changed since the approval by frauke") {
		t.Errorf("--since-approval: got\n%s", got)
	}
}
