package build

import (
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/render"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// staticRules checks the files of content/static/, which no review
// covers, against what only reviewed text may be: none may lie in one
// of the places tandem's pages own (site.GeneratedRoots: a post's
// address, a held-back post's included), nor among the theme's files
// that every page loads (site.AssetsRoot: a stylesheet there would put
// its text on reviewed pages), and none may be a document a
// browser runs scripts from unless programme.yaml sets
// allow_static_html: true, which is then a warning counting them, nor a
// web server's configuration (content.ServerConfig) unless it sets
// allow_server_config: true.
func staticRules(prog *programme.Programme, static []render.Copy) diag.List {
	var problems diag.List
	html := 0
	for _, c := range static {
		if c.Derived && c.Path != strings.TrimPrefix(copySource(c), StaticDir+"/") {
			continue // a photo's derivative lies beside it, named "-480w.jpg": the photo's problems are its own
		}
		root := site.GeneratedRoot(c.Path)
		switch {
		case root != "":
			problems.Add(pageAddress(c, root))
		case site.InRoot(c.Path, site.AssetsRoot):
			problems.Add(themeAddress(c))
		}
		if content.ServerConfig(c.Path) && !prog.AllowServerConfig {
			problems.Add(serverConfigProblem(c.Name))
		}
		ext := content.ScriptExtension(c.Path)
		switch {
		case ext == "":
		case prog.AllowStaticHTML:
			if root == "" {
				html++ // the others are not published
			}
		default:
			problems.Errorf(diag.Pos{Path: copySource(c)}, "static-html",
				diag.T("write it as a post, which is reviewed; or, to publish such files unreviewed as they are, set allow_static_html: true in programme.yaml"),
				"a browser runs scripts in %s files, and content/static/ is published without review", ext)
		}
	}
	if html > 0 {
		files := diag.T("files")
		if html == 1 {
			files = diag.T("file")
		}
		problems.Warnf(prog.AllowStaticHTMLPos, "static-html-unreviewed",
			diag.T("no approval covers them: read every change to content/static/ before it is merged, or remove allow_static_html"),
			"static HTML is published unreviewed: %d %s (allow_static_html: true)", html, files)
	}
	return problems
}

// withStatic adds to problems, of a compile that stops at the posts'
// errors (their own, or links to held-back posts) before it renders, those of content/static/ (staticFiles,
// staticRules), so that one run lists every error and an author need not
// fix the posts to learn of the rest; then sorts them. Only the
// collisions with rendered pages are left to the run that renders.
func (c *Compiler) withStatic(prog *programme.Programme, problems diag.List) diag.List {
	if prog != nil {
		static, probs := staticFiles(c.site, c.st.static, nil)
		problems.Add(probs...)
		problems.Add(staticRules(prog, static)...)
	}
	problems.Sort()
	return problems
}

// pageAddress is the error for static file c, which lies in the
// generated root.
func pageAddress(c render.Copy, root string) diag.Problem {
	where := diag.T("in /%s, which belongs to tandem's pages", root)
	if !strings.HasSuffix(root, "/") {
		where = diag.T("in place of tandem's own %s", root)
	}
	return diag.Make(diag.Pos{Path: copySource(c)}, diag.Error, "static-page-address",
		diag.T("move it elsewhere in content/static/ (e.g. content/static/files/%s); a file that belongs to a post goes into the post's bundle folder, where its approval covers it", c.Path),
		diag.T("this file would be published at /%s, %s; no review covers content/static/", c.Path, where))
}

// themeAddress is the error for static file c, which lies in
// site.AssetsRoot: a stylesheet there replaces the theme's and puts its
// text (content: "…") on every page, reviewed posts included.
func themeAddress(c render.Copy) diag.Problem {
	return diag.Make(diag.Pos{Path: copySource(c)}, diag.Error, "static-theme-asset",
		diag.T("change the theme's files in a site theme (themes/NAME/static/, published under /%s), which is code and reviewed as such; or move the file elsewhere in content/static/", site.AssetsRoot),
		diag.T("this file would be published at /%s, among the theme's files that every page loads (a stylesheet there shows its text on reviewed pages); no review covers content/static/", c.Path))
}
