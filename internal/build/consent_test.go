package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/folder"
)

// TestPhotoConsent follows a post that pictures p1 through the consent
// policy (require_photo_consent): held back with a warning at pictured:
// naming p1 while p1 has not agreed, published with its photo's
// derivatives once p1 agrees, and gone from the next build, derivatives
// included, once p1 withdraws consent. Each build is a new compiler and
// one after an edit of programme.yaml (as tandem serve runs), with the
// same files.
func TestPhotoConsent(t *testing.T) {
	t.Parallel()
	site, parent := t.TempDir(), t.TempDir()
	photoSite(t, site, "require_photo_consent: true\n")
	index := filepath.Join(site, photoPost, "index.md")
	text, err := os.ReadFile(index)
	if err != nil {
		t.Fatal(err)
	}
	// pictured: is covered by the digest; approve the post with it.
	front := "title: Fotos\ndate: 2024-01-05T09:00:00Z\ntandem: t00\nauthors: [p0]\npictured: [p1]\n"
	body := string(text[strings.Index(string(text), "\n---\n")+5:])
	bundle := map[string]string{}
	entries, err := os.ReadDir(filepath.Join(site, photoPost))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if name := e.Name(); name != "index.md" {
			data, _ := os.ReadFile(filepath.Join(site, photoPost, name))
			bundle[photoPost+"/"+name] = string(data)
		}
	}
	files := map[string]string{}
	for _, name := range []string{"content/programme.yaml", "content/tandems/t00.yaml"} {
		data, _ := os.ReadFile(filepath.Join(site, name))
		files[name] = string(data)
	}
	writeFiles(t, site, map[string]string{photoPost + "/index.md": approvedFile(t, files, photoPost+"/index.md", front, body, bundle)})
	prog := files["content/programme.yaml"]
	root, err := folder.Open(site)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	compiler := NewCompiler(root.FS(), Options{Now: goldenNow})
	steps := []struct {
		name, consent string
		shown         bool
	}{
		{"no consent", "", false},
		{"consent given", "  p1: {name: Person 1, role: mentee, consent: {photo: true}}\n", true},
		{"consent withdrawn", "  p1: {name: Person 1, role: mentee, consent: {photo: false}}\n", false},
	}
	for i, step := range steps {
		p := prog
		if step.consent != "" {
			p = strings.Replace(p, "  p1: {name: Person 1, role: mentee, department: Abteilung 1}\n", step.consent, 1)
			if p == prog {
				t.Fatal("the programme has no p1 to change")
			}
		}
		writeFiles(t, site, map[string]string{"content/programme.yaml": p})
		fresh, problems := NewCompiler(root.FS(), Options{Now: goldenNow}).Compile()
		var updated *Compiled
		if i == 0 {
			updated, _ = compiler.Compile()
		} else {
			updated, _ = compiler.Update([]string{"content/programme.yaml"})
		}
		if fresh == nil || updated == nil {
			t.Fatalf("%s: %v", step.name, problems.Err())
		}
		warned := false
		for _, pr := range problems {
			warned = warned || pr.Code == "photo-consent" && pr.Path == photoPost+"/index.md" && pr.Line == 6 && strings.HasPrefix(pr.Msg, "Person 1 (p1) pictured")
		}
		if warned == step.shown {
			t.Errorf("%s: warned %v; problems:\n%v", step.name, warned, problems)
		}
		for _, c := range []*Compiled{fresh, updated} {
			dest := filepath.Join(parent, strings.ReplaceAll(step.name, " ", "-"))
			if _, err := writeSite(dest, root.FS(), c); err != nil {
				t.Fatal(err)
			}
			for _, name := range []string{"posts/fotos/index.html", "posts/fotos/werkstor-480w.jpg"} {
				if _, err := os.Stat(filepath.Join(dest, name)); (err == nil) != step.shown {
					t.Errorf("%s: %s published: %v", step.name, name, err == nil)
				}
			}
			if !step.shown {
				assertNowhere(t, dest, "werkstor")
			}
		}
	}
}
