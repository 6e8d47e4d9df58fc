// Package scaffold writes new content files: a new programme folder
// (tandem init: programme.yaml, a tandem, an example post, .gitignore and
// a CI recipe), a draft post from the theme's archetype, a tandem file,
// and a new round added to programme.yaml in place.
//
// It sits beside the pipeline (load -> validate -> review gate -> model
// -> render -> write), not in it: it writes into content/, never into the
// output folder. Before writing anything it loads the programme and checks
// every key it was given (an unknown tandem gets "did you mean"), and it
// never overwrites a file. Editing programme.yaml keeps every other byte
// of the file as it was (comments, blank lines, order) and replaces the
// file atomically.
package scaffold
