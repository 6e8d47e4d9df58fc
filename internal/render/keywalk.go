package render

import (
	"cmp"
	"reflect"
	"slices"
	"time"
)

// A view's key is written by one walk over it (keyer.walk): every field,
// exported or not, in the order of the type; a string, number or truth
// with its length; a slice by its length and elements; a map by its
// entries in the order of their keys; a pointer by whether it is there
// and what it points to; a time by its instant and zone. So a template
// cannot read a field of its view that the key does not cover. Anything
// else (a func, a channel, an interface) panics: a view holds none.
//
// The fields a key covers another way are not walked; skipped lists
// them all. And a
// sealed view (a Card, PostList, PostView, RoundView, ProgrammeView,
// ReportView, ProgrammeReportView) is written by its key, computed once
// when it is made (sealOf), not by its fields; a hand-keyed view (the
// review dashboard, see Dashboard.handKey) by its own method.

// sealedView is a view whose key is computed once, when it is made: the
// walk takes that key instead of descending into it.
type sealedView interface{ sealed() Key }

// handKeyed is a view the walk lets write itself.
type handKeyed interface{ handKey(k *keyer) }

func (c *Card) sealed() Key                { return c.sum }
func (l *PostList) sealed() Key            { return l.sum }
func (v *PostView) sealed() Key            { return v.sum }
func (r *RoundView) sealed() Key           { return r.sum }
func (p *ProgrammeView) sealed() Key       { return p.sum }
func (v *ReportView) sealed() Key          { return v.sum }
func (v *ProgrammeReportView) sealed() Key { return v.sum }

// skipped reports whether the walk leaves out field f of a view of type
// t, each because a key covers it another way:
//   - a sealed view's own key (sum), which is made from the others;
//   - what the theme makes from the view's other fields (T, Head, Header,
//     Footer, TandemAside, …, Card.HTML and Meta): the renderer's
//     fingerprint, in every page's key, covers the theme;
//   - Content and Nested of a PostView, the post's converted Markdown:
//     the hash of what it was converted from (body) covers them;
//   - a Page's err, the error of making it, which is no input.
func skipped(t reflect.Type, f reflect.StructField) bool {
	switch t.Name() + "." + f.Name {
	case "Card.sum", "PostList.sum", "PostView.sum", "RoundView.sum", "ProgrammeView.sum", "ReportView.sum",
		"ProgrammeReportView.sum",
		"Page.T", "Page.Head", "Page.Header", "Page.Footer", "Page.TandemAside", "Page.DiaryItems", "Page.TagItems",
		"Page.PostLine", "Page.PrevNext", "Page.PostAside", "Page.HeadTitle", "Page.ShareTitle",
		"Page.MetaDescription", "Page.Canonical", "Page.PostsHTML", "Page.RelatedHTML", "Page.HeadMeta",
		"Page.PagerHTML", "Card.HTML", "Card.Meta",
		"PostView.Content", "PostView.Nested",
		"Page.err":
		return true
	}
	return false
}

// structPlan is how the walk writes a struct type: the fields it walks,
// and whether the type is a sealed or a hand-keyed view.
type structPlan struct {
	fields       []int
	sealed, hand bool
}

// plan returns the plan of struct type t, made once per keying.
func (ks *keying) plan(t reflect.Type) *structPlan {
	if p, ok := ks.plans.Load(t); ok {
		return p.(*structPlan)
	}
	ptr := reflect.PointerTo(t)
	p := &structPlan{sealed: ptr.Implements(reflect.TypeFor[sealedView]()), hand: ptr.Implements(reflect.TypeFor[handKeyed]())}
	for i := range t.NumField() {
		if !skipped(t, t.Field(i)) {
			p.fields = append(p.fields, i)
		}
	}
	ks.plans.Store(t, p)
	return p
}

// sealOf is the key of the view v points to, named kind, by its fields
// (a sealed view's seal method calls it).
func (ks *keying) sealOf(kind string, v any) Key {
	k := ks.keyer().str(kind)
	k.fields(reflect.ValueOf(v).Elem())
	return k.sum()
}

// view writes the view v points to.
func (k *keyer) view(v any) *keyer {
	k.walk(reflect.ValueOf(v).Elem())
	return k
}

// fields writes the fields of struct v that its type's plan walks.
func (k *keyer) fields(v reflect.Value) {
	for _, i := range k.ks.plan(v.Type()).fields {
		k.walk(v.Field(i))
	}
}

// walk writes v (see the top of this file).
func (k *keyer) walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		k.str(v.String())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		k.int(int(v.Int()))
	case reflect.Uint8, reflect.Uint16, reflect.Uint32:
		k.int(int(v.Uint()))
	case reflect.Bool:
		k.bool(v.Bool())
	case reflect.Pointer:
		if k.present(!v.IsNil()) {
			k.walk(v.Elem())
		}
	case reflect.Array, reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 && (v.Kind() == reflect.Slice || v.CanAddr()) {
			k.str(string(v.Bytes()))
			return
		}
		k.int(v.Len())
		for i := range v.Len() {
			k.walk(v.Index(i))
		}
	case reflect.Map:
		k.walkMap(v)
	case reflect.Struct:
		k.walkStruct(v)
	default:
		panic("render: a view's key cannot cover a " + v.Type().String())
	}
}

// walkStruct writes struct v: a time by its instant and zone, a sealed
// view by its key, a hand-keyed one by its method, any other struct by
// its fields.
func (k *keyer) walkStruct(v reflect.Value) {
	if v.Type() == reflect.TypeFor[time.Time]() {
		t := v.Interface().(time.Time)
		name, offset := t.Zone()
		k.int(int(t.UnixNano())).str(name).int(offset)
		return
	}
	switch p := k.ks.plan(v.Type()); {
	case p.sealed:
		k.key(v.Addr().Interface().(sealedView).sealed())
	case p.hand:
		v.Addr().Interface().(handKeyed).handKey(k)
	default:
		k.fields(v)
	}
}

// walkMap writes map v, which has strings for keys, by its entries in
// the order of their keys.
func (k *keyer) walkMap(v reflect.Value) {
	if v.Type().Key().Kind() != reflect.String {
		panic("render: a view's key cannot cover a " + v.Type().String())
	}
	keys := v.MapKeys()
	slices.SortFunc(keys, func(a, b reflect.Value) int { return cmp.Compare(a.String(), b.String()) })
	k.int(len(keys))
	for _, key := range keys {
		k.str(key.String())
		k.walk(v.MapIndex(key))
	}
}
