// Package themes holds the default theme, embedded in the binary so that a
// `go install`ed tandem has it too, and layers a site's own theme over it.
//
// It feeds the render stage: render asks Open for the theme's files and
// never looks at the disk itself. A site selects `theme: NAME` in
// programme.yaml and may keep themes/NAME/ beside content/; every file
// missing there falls back to the embedded default.
package themes
