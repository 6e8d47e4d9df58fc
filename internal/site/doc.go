// Package site is the model stage of the tandem pipeline: it runs after the
// review gate and before render, and does no I/O.
//
// New takes the programme, the validated posts and the gate's verdicts and
// builds a Site: the posts that will be shown (only published ones in a
// production build, all of them in a preview), sorted, with every index a
// page needs (by round, tandem, tag and author) and every address. A post
// that is not shown is absent from every index, so no later stage can leak
// it by accident: counts, tag pages, feeds and prev/next links are all
// computed from the same filtered list.
//
// Posts are identified by their source path, never by the address of a
// loop variable.
package site
