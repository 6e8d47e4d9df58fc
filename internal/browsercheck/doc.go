// Package browsercheck holds the tests that look at built sites the way a
// reader's browser does: every kind of page at phone, tablet and desktop
// widths and every page of the example site at tablet width (sideways
// scrolling, images, console errors, failed requests and axe-core's
// accessibility rules), and the reports printed to PDF.
//
// It sits after the whole pipeline (load -> validate -> review gate ->
// model -> render -> write): its tests build the example site (content/)
// and a generated site with internal/build, serve the output over HTTP and
// open it in headless Chromium through internal/server/browsertest. It has
// no code of its own; the tests live here, apart from cmd/tandem, so they
// run beside the other packages' tests, each within go test's time limit.
package browsercheck
