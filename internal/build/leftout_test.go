package build

import (
	"maps"
	"slices"
	"testing"
	"testing/fstest"
)

// TestOutlineAllLeavesOutFailedPosts: errors confined to posts leave
// those posts out of the model OutlineAll returns (their addresses in
// LeftOut, by slug and by file name) and Outline, Compile and Build
// return nothing; an error in the programme leaves nothing to go on with.
func TestOutlineAllLeavesOutFailedPosts(t *testing.T) {
	t.Parallel()
	site := fstest.MapFS{
		"content/programme.yaml":                   {Data: []byte(heldLinkProgramme)},
		"content/posts/2024-02-01-gut.md":          {Data: []byte("---\ntitle: Gut\ndate: 2024-02-01\nround: r1\n---\nText.\n")},
		"content/posts/2024-02-02-kaputt/index.md": {Data: []byte("---\ntitle: [Kaputt\n---\nText.\n")},
		"content/posts/2024-02-03-datei.md":        {Data: []byte("---\ntitle: Falsch\ndate: 2024-02-03\nround: r9\nslug: eigen\n---\nText.\n")},
	}
	opts := Options{Now: leakNow, Preview: true}
	o, problems := NewCompiler(site, opts).OutlineAll()
	if o == nil || !problems.HasErrors() {
		t.Fatalf("OutlineAll gives %v with %v", o, problems)
	}
	var shown []string
	for _, p := range o.Site.Posts {
		shown = append(shown, p.Path)
	}
	if want := []string{"content/posts/2024-02-01-gut.md"}; !slices.Equal(shown, want) {
		t.Errorf("the model shows %q, want %q", shown, want)
	}
	if got, want := slices.Sorted(maps.Keys(o.LeftOut)), []string{"datei", "eigen", "kaputt"}; !slices.Equal(got, want) {
		t.Errorf("LeftOut is %q, want %q", got, want)
	}
	if o, _ := NewCompiler(site, opts).Outline(); o != nil {
		t.Error("Outline gives a site with errors")
	}
	if c, probs := NewCompiler(site, opts).Compile(); c != nil || withoutRenderOnly(probs) != withoutRenderOnly(problems) {
		t.Errorf("Compile gives %v with\n%s\nwant nothing with\n%s", c != nil, withoutRenderOnly(probs), withoutRenderOnly(problems))
	}
	site["content/programme.yaml"] = &fstest.MapFile{Data: []byte("title: [\n")}
	if o, problems := NewCompiler(site, opts).OutlineAll(); o != nil || !problems.HasErrors() {
		t.Errorf("OutlineAll goes on past an error in the programme: %v", problems)
	}
}
