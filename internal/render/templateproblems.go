package render

import (
	"fmt"
	"io/fs"
	"path"
	"reflect"
	"strconv"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/themes"
)

// cardHint is the hint of a problem in rendering a post's card.
func cardHint() diag.Text { return diag.T("fix the theme's post-card template") }

// chromeProblem reports an error in rendering what every page shares.
func (r *Renderer) chromeProblem(err error) diag.Problem {
	p := r.sources.problem(err, templateHint())
	p.SetMsg(diag.T("%s (rendering the site header, footer or head)", p.MsgText))
	return p
}

// templateSources knows the theme file of each template, by the name the
// file is parsed under ("post.html", "post-card.html"): text/template
// names a file by its base name in its errors.
type templateSources struct {
	display map[string]string // as problems name it: "themes/plain/templates/post.html"
	files   map[string]string // in the theme: "templates/post.html"
}

// newTemplateSources returns sources that know no file yet.
func newTemplateSources() templateSources {
	return templateSources{display: map[string]string{}, files: map[string]string{}}
}

// add records the theme's files names (e.g. "templates/partials/card.html").
func (s templateSources) add(theme fs.FS, names ...string) {
	for _, name := range names {
		s.display[path.Base(name)] = themes.Source(theme, name)
		s.files[path.Base(name)] = name
	}
}

// problem turns an error of parsing or executing a template into a
// problem at the template line (and column) it names. An error naming no
// template file of the theme is reported at "themes".
func (s templateSources) problem(err error, hint diag.Text) diag.Problem {
	pos, msg := s.position(err.Error())
	return diag.Make(pos, diag.Error, "template", mistakeHint(msg, hint), diag.Verbatim(msg))
}

// mistakeHint says what to do about the commonest template mistakes; for
// others it is hint.
func mistakeHint(msg string, hint diag.Text) diag.Text {
	switch {
	case strings.HasSuffix(msg, "unexpected EOF"):
		return diag.T("an {{if}}, {{range}}, {{with}}, {{block}} or {{define}} above is not closed with {{end}}")
	case strings.Contains(msg, "can't evaluate field "):
		// … can't evaluate field Titel in type *render.PostView
		_, rest, _ := strings.Cut(msg, "can't evaluate field ")
		field, typ, _ := strings.Cut(rest, " in type ")
		if field == "Site" && strings.HasPrefix(strings.TrimPrefix(typ, "*"), "render.") {
			return diag.T("%s: .Site is gone: templates get only their page's view. The programme's facts are in .Programme, "+
				"the page's posts in .Posts (cards), the rounds, tags and authors in .Rounds, .Tags and .Authors on the overview pages, "+
				"every shown post in .AllPosts; a production build has no held-back posts", hint)
		}
		if names := templateFields(typ); names != nil {
			return diag.T("%s: %s has no field %s; %s", hint, strings.TrimPrefix(typ, "*"), field, diag.Suggest(field, names))
		}
	}
	return hint
}

// viewTypes are the types templates are given.
var viewTypes = []reflect.Type{reflect.TypeFor[Page](), reflect.TypeFor[ProgrammeView](), reflect.TypeFor[Contact](), reflect.TypeFor[Nav](),
	reflect.TypeFor[Card](), reflect.TypeFor[PostList](), reflect.TypeFor[PostView](), reflect.TypeFor[ReviewView](), reflect.TypeFor[Link](),
	reflect.TypeFor[Pager](), reflect.TypeFor[RoundView](), reflect.TypeFor[TandemView](), reflect.TypeFor[PersonView](), reflect.TypeFor[TagView](),
	reflect.TypeFor[Dashboard](), reflect.TypeFor[DashboardGroup](), reflect.TypeFor[DashboardEntry]()}

// templateFields lists the fields of a type templates are given, by the
// name text/template calls it in its errors ("*render.PostView"), or nil
// for a type it does not know.
func templateFields(typ string) []string {
	for _, t := range viewTypes {
		if strings.TrimPrefix(typ, "*") != t.String() {
			continue
		}
		var names []string
		for _, f := range reflect.VisibleFields(t) { // with those of embedded structs
			if f.IsExported() && !f.Anonymous {
				names = append(names, f.Name)
			}
		}
		return names
	}
	return nil
}

// parseError is the error of a template that does not parse: a problem
// at its line when the error names one, else the error as it is.
func (s templateSources) parseError(err error) error {
	if p := s.problem(err, templateHint()); p.Line > 0 {
		return p
	}
	return fmt.Errorf("theme: %w", err)
}

// position reads the place text/template and html/template put at the
// start of their errors: "template: post.html:5:14: executing …",
// "template: base.html:7: unexpected …", "html/template:card.html:3:9: …".
func (s templateSources) position(msg string) (diag.Pos, string) {
	rest, ok := strings.CutPrefix(msg, "template: ")
	if !ok {
		rest, ok = strings.CutPrefix(msg, "html/template:")
	}
	if !ok {
		return diag.Pos{Path: "themes"}, msg
	}
	parts := strings.SplitN(rest, ":", 4)
	file, known := s.display[parts[0]]
	if !known || len(parts) < 3 {
		return diag.Pos{Path: "themes"}, msg
	}
	line, err := strconv.Atoi(parts[1])
	if err != nil || line < 1 {
		return diag.Pos{Path: "themes"}, msg
	}
	pos := diag.Pos{Path: file, Line: line}
	if col, err := strconv.Atoi(parts[2]); err == nil && col >= 0 && len(parts) == 4 {
		pos.Col = col + 1 // text/template counts bytes from 0
		rest = parts[3]
	} else {
		rest = strings.Join(parts[2:], ":")
	}
	return pos, strings.TrimSpace(rest)
}

// failures reports the errors of executing templates for many pages or
// cards: each distinct error once, at its template line, saying on how
// many it happened and naming the first. subject(i) names what errs[i]
// was rendering ("posts/x/index.html", "the card of content/posts/x.md").
func (s templateSources) failures(errs []error, subject func(i int) diag.Text, hint diag.Text) diag.List {
	type seen struct {
		problem diag.Problem
		first   diag.Text
		count   int
	}
	var order []*seen
	byText := map[string]*seen{}
	for i, err := range errs {
		if err == nil {
			continue
		}
		p := s.problem(err, hint)
		key := p.Pos.String() + "\x00" + p.Msg
		if e := byText[key]; e != nil {
			e.count++
			continue
		}
		e := &seen{problem: p, first: subject(i), count: 1}
		byText[key] = e
		order = append(order, e)
	}
	var problems diag.List
	for _, e := range order {
		msg := diag.T("%s (rendering %s)", e.problem.MsgText, e.first)
		if e.count > 1 {
			msg = diag.T("%s (rendering %s and %d more)", e.problem.MsgText, e.first, e.count-1)
		}
		e.problem.SetMsg(msg)
		problems.Add(e.problem)
	}
	return problems
}
