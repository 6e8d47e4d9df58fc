package build

import (
	"os"
	"reflect"
	"regexp"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/render"
)

// TestHostileThemePrintsEveryField holds the hostile theme
// (TestHostileThemeFindsNothingUnpublished) to its promise: every
// exported field and method a template can reach from render.Page, at
// any depth, is named in its dump (as .Name, or inside a value it prints
// whole with printf "%v"), so a field a later change adds to a view, which
// might carry a held-back post's words, is printed on every page of the
// leak test too. It goes by names, as a template does.
func TestHostileThemePrintsEveryField(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("testdata/themes/hostile/templates/partials/dump.html")
	if err != nil {
		t.Fatal(err)
	}
	dump := string(data)
	named := func(name string) bool { return regexp.MustCompile(`\.` + name + `\b`).MatchString(dump) }
	whole := func(name string) bool { return regexp.MustCompile(`printf "%v" \.` + name + `\b`).MatchString(dump) }
	seen := map[reflect.Type]bool{}
	var walk func(tp reflect.Type, path string)
	walk = func(tp reflect.Type, path string) {
		for tp.Kind() == reflect.Pointer || tp.Kind() == reflect.Slice || tp.Kind() == reflect.Array || tp.Kind() == reflect.Map {
			tp = tp.Elem()
		}
		if tp.Kind() != reflect.Struct || seen[tp] {
			return
		}
		seen[tp] = true
		for f := range tp.Fields() {
			switch {
			case !f.IsExported():
			case !named(f.Name):
				t.Errorf("the hostile theme does not print %s.%s", path, f.Name)
			case !whole(f.Name):
				walk(f.Type, path+"."+f.Name)
			}
		}
		for m := range reflect.PointerTo(tp).Methods() {
			if !named(m.Name) {
				t.Errorf("the hostile theme does not call %s.%s", path, m.Name)
			}
		}
	}
	walk(reflect.TypeFor[render.Page](), "Page")
	if len(seen) < 10 {
		t.Errorf("only %d view types reached; the walk is broken", len(seen))
	}
}
