package render

import (
	"reflect"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// derived are the fields a key covers through what they are made from
// (see skipped in keywalk.go), by type and field name.
var derived = map[string]bool{
	"Page.T": true, "Page.Head": true, "Page.Header": true, "Page.Footer": true, "Page.TandemAside": true,
	"Page.DiaryItems": true, "Page.TagItems": true, "Page.PostLine": true, "Page.PrevNext": true, "Page.PostAside": true,
	"Page.HeadTitle": true, "Page.ShareTitle": true, "Page.MetaDescription": true, "Page.Canonical": true,
	"Page.PostsHTML": true, "Page.RelatedHTML": true, "Page.HeadMeta": true, "Page.PagerHTML": true,
	"Card.HTML": true, "Card.Meta": true,
	"PostView.Content": true, "PostView.Nested": true,
	// The entry's content is keyed by its body key.
	"atomEntry.Content.Body": true,
	// Never set: the element's name comes from the field's tag.
	"atomFeed.XMLName.Space": true, "atomFeed.XMLName.Local": true,
}

// keyedViews are the views with a key, each with a function that makes
// the key of a value of it.
var keyedViews = []struct {
	typ reflect.Type
	key func(ks *keying, v reflect.Value) Key
}{
	{reflect.TypeFor[Page](), func(ks *keying, v reflect.Value) Key { return v.Addr().Interface().(*Page).pageKey(ks, [32]byte{}) }},
	{reflect.TypeFor[Card](), func(ks *keying, v reflect.Value) Key { return ks.sealOf("card", v.Addr().Interface()) }},
	{reflect.TypeFor[atomFeed](), fileKey(func(v reflect.Value) func(*keyer) { return v.Addr().Interface().(*atomFeed).key })},
}

func fileKey(of func(reflect.Value) func(*keyer)) func(*keying, reflect.Value) Key {
	return func(ks *keying, v reflect.Value) Key {
		k := ks.keyer()
		of(v)(k)
		return k.sum()
	}
}

// TestKeysCoverEveryField fills every exported field of each keyed view,
// recursively (one element in each slice, every pointer set), and then
// changes one field at a time, or empties one slice or pointer: each
// change must change the key. A field the walk leaves out (skipped)
// without being listed in derived fails here, and so does one that the
// keys written by hand (the review dashboard's, a feed's) forget.
func TestKeysCoverEveryField(t *testing.T) {
	t.Parallel()
	ks := newKeying()
	for _, view := range keyedViews {
		base := reflect.New(view.typ).Elem()
		fill(base, 0)
		reseal(ks, base)
		want := view.key(ks, base)
		for _, leaf := range leaves(view.typ, view.typ.Name(), nil) {
			if derived[leaf.name] {
				continue
			}
			v := reflect.New(view.typ).Elem()
			fill(v, 0)
			change(at(v, leaf.path))
			reseal(ks, v)
			if view.key(ks, v) == want {
				t.Errorf("changing %s keeps the key of %s", leaf.name, view.typ.Name())
			}
		}
	}
}

type leaf struct {
	name string // Type.Field.Field…
	path []int  // field indices; -1 steps into a pointer or a slice's first element
}

// leaves lists every exported field below t, and every slice and
// pointer itself (emptied by change).
func leaves(t reflect.Type, name string, path []int) []leaf {
	var out []leaf
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		p := append(append([]int(nil), path...), i)
		n := name + "." + f.Name
		ft := f.Type
		if ft.Kind() != reflect.Struct {
			out = append(out, leaf{n, p})
		}
		if ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice {
			ft, p = ft.Elem(), append(p, -1)
		}
		switch {
		case ft.Kind() == reflect.Struct && ft == f.Type:
			out = append(out, leaves(ft, n, p)...) // named by the path
		case ft.Kind() == reflect.Struct:
			out = append(out, leaves(ft, ft.Name(), p)...) // named by the type
		}
	}
	return out
}

// at follows path from v.
func at(v reflect.Value, path []int) reflect.Value {
	for _, i := range path {
		switch {
		case i >= 0:
			v = v.Field(i)
		case v.Kind() == reflect.Pointer:
			v = v.Elem()
		default:
			v = v.Index(0)
		}
	}
	return v
}

// fill sets every exported field of v to a value that is not zero (n
// tells values apart).
func fill(v reflect.Value, n int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("x")
	case reflect.Int:
		v.SetInt(7)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), n)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(v.Index(0), n)
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), n)
			}
		}
	}
}

// change changes v: another string, number or truth, an empty slice, no
// pointer.
func change(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("y")
	case reflect.Int:
		v.SetInt(8)
	case reflect.Bool:
		v.SetBool(false)
	case reflect.Pointer, reflect.Slice, reflect.Map:
		v.Set(reflect.Zero(v.Type()))
	default:
		panic("cannot change a " + v.Kind().String())
	}
}

// reseal seals every Card and PostList in v again, inner ones first, as
// their makers do.
func reseal(ks *keying, v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			reseal(ks, v.Elem())
		}
	case reflect.Slice:
		for i := range v.Len() {
			reseal(ks, v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				reseal(ks, v.Field(i))
			}
		}
		if s, ok := v.Addr().Interface().(interface{ seal(*keying) }); ok {
			s.seal(ks)
		}
	}
}

// TestBodyKey: a body's key changes with the post's file, the address
// its links resolve against and whether it is nested; a converted body
// carries its key, and converting the same source again gives the same
// body (which is why the key of a page may cover Content by it).
func TestBodyKey(t *testing.T) {
	t.Parallel()
	post := func() *site.Post {
		return &site.Post{Post: &content.Post{Body: []byte("Text [a](b/)"), Kind: content.KindDiary, Hash: [32]byte{1}}, Href: "/m/posts/x/"}
	}
	ks := newKeying()
	want := bodyInputOf(post(), [32]byte{}).key(ks)
	for name, edit := range map[string]func(p *site.Post){
		"file":    func(p *site.Post) { p.Hash[0] = 2 },
		"address": func(p *site.Post) { p.Href = "/m/posts/y/" },
		"nested":  func(p *site.Post) { p.Kind = content.KindRetrospective },
		"no hash": func(p *site.Post) { p.Hash = [32]byte{} },
	} {
		p := post()
		edit(p)
		if bodyInputOf(p, [32]byte{}).key(ks) == want {
			t.Errorf("changing the %s keeps the body key", name)
		}
	}
	noHash := post()
	noHash.Hash = [32]byte{}
	other := post()
	other.Hash, other.Body = [32]byte{}, []byte("Anderer Text")
	if bodyInputOf(noHash, [32]byte{}).key(ks) == bodyInputOf(other, [32]byte{}).key(ks) {
		t.Error("posts without a file hash and with other bodies share a body key")
	}
	r := newRenderer(t)
	s := testSite(t, 3, nil)
	a, _ := r.prepare(t.Context(), s, ks, nil, false)
	b, _ := r.prepare(t.Context(), s, ks, NewCache(), false)
	for i, p := range s.Posts {
		if a.views[i].Content != b.views[i].Content || a.views[i].body != bodyInputOf(p, [32]byte{}).key(ks) {
			t.Errorf("%s: the body differs between conversions or does not carry its key", p.Path)
		}
	}
	for i := range a.cards {
		v := a.views[i]
		v.seal(ks)
		if a.cards[i].sum != ks.sealOf("card", a.cards[i]) || v.sum != a.views[i].sum {
			t.Errorf("%s: a card or view is not sealed", s.Posts[i].Path)
		}
	}
	for _, round := range s.Rounds {
		rv := r.roundView(round, ks)
		sealed := rv.sum
		if rv.seal(ks); rv.sum != sealed {
			t.Errorf("round %s is not sealed", round.ID)
		}
	}
}
