// Package report computes what a round and the programme achieved: the
// figures of the round report and the programme report. It runs after
// the site model and before render, and does no I/O.
//
// Every figure is computed here, once, from the model: render turns them
// into views and templates only print them. The model of a production
// build holds the published posts only, so no figure can count a post
// held back from publication; in a preview the model holds every post,
// and the figures count each post that is not published in Unpublished
// too, so the preview can say so.
//
// What counts:
//   - a documented meeting is a diary post (kind diary) of the tandem;
//   - a gap is the time between the start of the tandem (its round's
//     start, or its own start when later) and its first entry, between
//     two entries, or between its last entry and the end of the round
//     (or now, if earlier), as tandem check measures it;
//   - the meetings a cadence asks for are the whole meeting intervals
//     (programme.MeetingInterval) from that start to that end;
//   - a returning person took part in a tandem of a round that started
//     earlier;
//   - a pair from different departments is a mentor and the mentee of the
//     same tandem whose departments are both given and differ;
//   - a planned topic (programme.yaml's topics) is covered by the round's
//     posts that carry a tag of the same name (letter case aside).
package report
