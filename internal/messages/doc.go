// Package messages is tandem's message catalogue: the German translation
// of every sentence a person reads from the command line or the dev
// server, kept with golang.org/x/text/message/catalog.
//
// It sits beside the pipeline (load -> validate -> review gate -> model ->
// render -> write) and is used where problems and summaries are printed:
// the stages record each message as its English format string and its
// arguments (diag.Text); the command line and the dev server turn them into
// the reader's language through a Printer.
//
// The id of a message is its English format string, as x/text has it: the
// English text needs no entry, and changing an English sentence changes its
// id, so the German entry must change with it (a test walks the source and
// fails when a message has no German entry or its placeholders differ).
// German addresses the reader with "du", as docs/apprentices.md does.
// Messages whose words follow a number ("1 file", "2 files") are plural
// entries (plurals.go): the catalogue selects the form in both languages.
//
// The command line takes its language from the environment (Lang); pages
// and the dev server's own texts follow the site's language from
// programme.yaml. Page strings of the theme are not here: they live in the
// theme's i18n files.
package messages
