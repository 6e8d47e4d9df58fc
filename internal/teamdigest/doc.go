// Package teamdigest writes the review queue's daily digest (tandem
// review digest) for the team that reviews: what came into review, what
// waits longest, approvals that do not count, posts sent back, posts
// scheduled for the next days and what was published, as Markdown (a
// Teams or chat message), HTML (an e-mail) or JSON (tools).
//
// It sits beside the review gate: review.DailyOf judges the posts and
// gathers the lists; this package only words and formats them, in the
// site's language (programme.yaml's language, through internal/messages),
// since the digest goes to the team, not to whoever runs CI.
package teamdigest
