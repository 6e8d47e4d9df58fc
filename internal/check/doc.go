// Package check reviews a site the way a careful editor would and reports
// what it finds; it writes nothing.
//
// It sits after the model, beside render: it reads an outlined site
// (build.Outlined: the model, the theme's renderer, and every file the
// site will have, listed without rendering; see render.Outline) and
// reports two kinds of findings:
//
//   - Links: an address that hits no page, feed, bundle file, theme asset
//     or static file of the site is an error (a warning when it leaves
//     out the base path, and an error when it is no address at all). It
//     is reported where it was written: at the line and column of the
//     destination in the post's Markdown, or in the theme template that
//     produced it.
//   - Practice: warnings about the programme rather than the files, such
//     as a tandem without learning goals, a mentor and mentee from the
//     same department, a round that ended without a retrospective, a
//     diary that fell silent for more than eight weeks, or a long post
//     without a summary.
//
// Links come from two places, checked in two ways, so that a site of
// 10,000 posts is checked in a fraction of the time rendering it takes:
//
//   - Links written in a post's Markdown (posts.go, markdown.go, quick.go)
//     are checked in every shown post, on the post's own page: render
//     resolves relative destinations against that page, so they lead to
//     the same place wherever the body is shown (a retrospective on its
//     round page). A quick scan reads every destination the way goldmark
//     does without parsing (after "](", "]:", an autolink's "<", and the
//     addresses Linkify makes of bare text); only a post with a
//     destination that fails, or that the scan cannot read for sure, is
//     parsed with goldmark to report the link at its exact position. The
//     scan is taken when the site is outlined (mdlinks.Facts), which lets
//     the bodies go; a post to parse, and the posts the sample renders,
//     are read again (build.ReadBody) and reported when they changed.
//     Links inside an image's description are shown as text, not links,
//     and are not checked. In a production check the approved posts held
//     back until their date (scheduled) are checked too, on the page they
//     will have, against what is published at their date (scheduled.go).
//   - Links written by the theme's templates (theme.go, sample.go) are
//     checked on a sample of rendered pages: for every shape of page
//     (its kind, its place in a paginated list, and what its templates
//     can branch on: the post's kind and review state, bundle files,
//     neighbours, authors, tags, summary; the round's, tandem's or
//     author's optional fields) and every shape of post shown as a card
//     or pinned, one page, the one listing and pinning the fewest posts.
//     On 10,000 posts that is 52 of 17,781 pages. The cards a round's
//     first page prints of the round's later posts are left empty but for
//     posts converted anyway (see render.RenderPages): they are the card
//     template's, which the lists in the sample show. Addresses on these
//     pages that a post's Markdown wrote are left to the check above. When the
//     sample finds a broken template address, every page of the kinds it
//     is on is rendered, so the finding says on how many pages it
//     breaks. Options.Thorough (tandem check --thorough) renders every
//     page instead of the sample.
//
// What the sample finds: an address a template writes, in any branch that
// depends on the fields that make up the shapes (whether they are set,
// empty, one or many), as every shape is rendered; and so in every
// template and partial, since every kind of page is. What it can miss: a
// branch on a value rather than on its presence (a template that links
// one particular tandem, or compares dates), or on a field outside the
// shapes (such as a post's submission date), and a template error that
// only some pages' values cause. --thorough finds those too. Addresses a
// template fills in from the site model (a post's, person's, tag's or
// list page's address, the pager's neighbours) differ from page to page
// but come from the same model that decides which pages exist, so they
// are correct by construction; rendering every page would only confirm
// that.
//
// A site with errors in some posts is checked without them (see
// build.Compiler.OutlineAll): a link to the address of a post left out
// is not reported, as that post's error says why its page is missing
// (leftOutFiles).
//
// The command line (tandem check) decides how findings are printed (see
// diag.WriteFormat) and what the exit code is.
package check
