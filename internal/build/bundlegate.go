package build

import (
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

// bundleRules checks the bundle files of every post, held back or not:
// an approval covers their bytes, but a reviewer sees a post's page, not
// each file beside it. So a document a browser runs scripts from (HTML,
// XML, an SVG that may run a script: content.ActiveBundleFile) is an
// error at the file unless programme.yaml sets allow_bundle_html: true,
// which is then a warning counting them; and a file a web server reads
// as its configuration (content.ServerConfig: web.config redirects or
// runs what lies beside it) is an error unless it sets
// allow_server_config: true.
func bundleRules(prog *programme.Programme, posts []*content.Post) diag.List {
	var problems diag.List
	active := 0
	for _, p := range posts {
		for _, f := range p.Files {
			if content.ServerConfig(f.Name) && !prog.AllowServerConfig {
				problems.Add(serverConfigProblem(f.Source))
			}
			switch {
			case f.Active == "":
			case prog.AllowBundleHTML:
				active++
			default:
				problems.Add(activeProblem(f))
			}
		}
	}
	if active > 0 {
		files := diag.T("files")
		if active == 1 {
			files = diag.T("file")
		}
		problems.Warnf(prog.AllowBundleHTMLPos, "bundle-html-allowed",
			diag.T("the preview lists each post's files; open them before approving, or remove allow_bundle_html"),
			"bundles hold documents a browser runs scripts from: %d %s (allow_bundle_html: true)", active, files)
	}
	return problems
}

// activeProblem is the error for bundle file f, which a browser runs
// scripts from.
func activeProblem(f content.File) diag.Problem {
	msg := diag.T("a browser runs scripts in %s files, and a reviewer sees the post's page, not this file", f.Active)
	if strings.EqualFold(f.Active, ".svg") {
		msg = diag.T("this SVG image may run a script when opened on its own (it holds a script, an event attribute, a javascript: or data: address, or is not plain, well-formed SVG), and a reviewer sees the post's page, not this file")
	}
	return diag.Make(diag.Pos{Path: f.Source}, diag.Error, "bundle-html",
		diag.T("show it as an image or a link to a PDF, or put what it says into the post; to publish such files as they are, set allow_bundle_html: true in programme.yaml"), msg)
}

// serverConfigProblem is the error for a file at source (in a bundle or
// content/static/) that a web server reads as its configuration.
func serverConfigProblem(source string) diag.Problem {
	return diag.Make(diag.Pos{Path: source}, diag.Error, "server-config",
		diag.T("configure the web server where the site is deployed, not in content/; to publish such files as they are, set allow_server_config: true in programme.yaml"),
		diag.T("a web server reads this file as its configuration (it can redirect reviewed pages, change their headers or run files), and no review shows it"))
}
