// Package diag holds the problems every stage of the tandem pipeline reports.
//
// It sits below the whole pipeline (load -> validate -> review gate -> model
// -> render -> write): each stage returns a List of Problems instead of
// printing or exiting, so the command line, the check command, the dev
// server's browser overlay and CI annotations all show the same words.
//
// A Problem carries the position of the mistake (path:line:col), one
// sentence saying what is wrong and a Hint saying what to do about it.
// Both are kept in English (Msg, Hint) and as catalogue Texts (an English
// format string, which is the message's id in package messages, and its
// arguments), so that the writers print them in the reader's language;
// codes stay the same in every language.
package diag
