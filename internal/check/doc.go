// Package check reviews a compiled site the way a careful editor would and
// reports what it finds; it writes nothing.
//
// It sits after render, beside write: where write puts the compiled site
// (build.Compiled) into the output folder, check reads the same pages and
// reports two kinds of findings:
//
//   - Links: every href, src and srcset in the rendered HTML is resolved
//     against its page and the base path; a link or image that hits no
//     page, bundle file, theme asset or static file is an error. It is
//     reported where it was written: at the line and column of the
//     destination in the post's Markdown, or in the theme template that
//     produced it.
//   - Practice: warnings about the programme rather than the files, such
//     as a tandem without learning goals, a mentor and mentee from the
//     same department, a round that ended without a retrospective, a
//     diary that fell silent for more than eight weeks, or a long post
//     without a summary.
//
// The command line (tandem check) decides how findings are printed (see
// diag.WriteFormat) and what the exit code is.
package check
