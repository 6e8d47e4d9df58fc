package review

import (
	"fmt"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/signature"
)

// Trust is what the gate trusts beyond programme.yaml, which anyone who
// edits the repository can change: the reviewers' keys from an
// allowed-signers file kept elsewhere (tandem build --allowed-signers)
// and whether signatures are required whatever programme.yaml says
// (--require-signed). The zero Trust trusts programme.yaml.
//
// With RequireSigned, nothing in programme.yaml that lets text out
// without review counts on its own: allow_static_html and
// allow_server_config must be repeated on the command line
// (AllowStaticHTML, AllowServerConfig).
type Trust struct {
	// Signers, when set, holds the only keys approvals are verified
	// against; the signing_keys in programme.yaml must agree with it.
	Signers *signature.Trusted
	// Source names the allowed-signers file in messages.
	Source string
	// RequireSigned requires signed approvals; programme.yaml must say so
	// too.
	RequireSigned bool
	// AllowStaticHTML (--allow-static-html) confirms programme.yaml's
	// allow_static_html where RequireSigned is set: without it, a
	// programme.yaml that publishes static HTML unreviewed is an error,
	// as its author may not be a reviewer.
	AllowStaticHTML bool
	// AllowServerConfig (--allow-server-config) confirms programme.yaml's
	// allow_server_config where RequireSigned is set, as AllowStaticHTML
	// does allow_static_html.
	AllowServerConfig bool
}

// requireSigned reports whether approvals need a valid signature.
func (g Gate) requireSigned() bool {
	return g.Programme.RequireSignedApprovals || g.Trust.RequireSigned
}

// verifyTrusted checks p's signature against the approver's keys in the
// allowed-signers file.
func (g Gate) verifyTrusted(p *content.Post, digest string) error {
	return g.Trust.Signers.Verify(ApprovalOf(p, digest).Signed(), p.Review.Signature)
}

// TrustProblems returns the errors that make a build refuse to trust
// programme.yaml: the signature requirement switched off while
// --require-signed is given, unreviewed static HTML or server
// configuration allowed there but not by --allow-static-html or
// --allow-server-config, a reviewer's signing_key that is not theirs
// in the allowed-signers file, and a reviewer without a key in that file
// whose approval of the current text of a post would otherwise count.
// Each names the reviewer and is placed in programme.yaml. posts and
// verdicts are the gate's, in the same order.
func (t Trust) TrustProblems(prog *programme.Programme, posts []*content.Post, verdicts []Verdict) diag.List {
	var l diag.List
	if t.RequireSigned && !prog.RequireSignedApprovals && !prog.Unreadable {
		l.Errorf(prog.RequireSignedPos, "trust-unsigned", diag.T("set require_signed_approvals: true in programme.yaml; CI requires signatures whatever it says"),
			"programme.yaml does not require signed approvals, but tandem was run with --require-signed")
	}
	if t.RequireSigned && prog.AllowStaticHTML && !t.AllowStaticHTML {
		l.Errorf(prog.AllowStaticHTMLPos, "trust-static-html", diag.T("if unreviewed static HTML is intended, run tandem with --allow-static-html as well (in CI, where authors cannot change it); otherwise remove allow_static_html"),
			"programme.yaml lets static HTML out unreviewed (allow_static_html: true), but tandem was run with --require-signed, which trusts nothing there that bypasses review")
	}
	if t.RequireSigned && prog.AllowServerConfig && !t.AllowServerConfig {
		l.Errorf(prog.AllowServerConfigPos, "trust-server-config", diag.T("if unreviewed server configuration is intended, run tandem with --allow-server-config as well (in CI, where authors cannot change it); otherwise remove allow_server_config"),
			"programme.yaml lets web server configuration out unreviewed (allow_server_config: true), but tandem was run with --require-signed, which trusts nothing there that bypasses review")
	}
	if t.Signers == nil {
		return l
	}
	for _, ref := range prog.Reviewers {
		person, ok := prog.People[ref.Key]
		if ok && person.SigningKey != "" && !t.Signers.Allows(ref.Key, person.SigningKey) {
			l.Errorf(person.SigningKeyPos, "trust-key", diag.T("put %s's key from %s here; if the key here is new, ask whoever keeps that file to add it", ref.Key, t.Source),
				"the signing_key of reviewer %s is not one of %s's keys in the allowed-signers file %s", ref.Key, ref.Key, t.Source)
		}
	}
	approved := map[string][]string{}
	for i, p := range posts {
		by := p.Review.ApprovedBy
		if p.Status == content.StatusApproved && prog.IsReviewer(by) && p.Review.Digest == verdicts[i].Digest && !t.Signers.Has(by) {
			approved[by] = append(approved[by], p.Path)
		}
	}
	for _, ref := range prog.Reviewers {
		if paths := approved[ref.Key]; len(paths) > 0 {
			delete(approved, ref.Key) // a reviewer listed twice is reported once
			l.Errorf(ref.Pos, "trust-reviewer", diag.T("ask whoever keeps %s to add %s's key, or have another reviewer approve these posts", t.Source, ref.Key),
				"reviewer %s approved %s, but has no key in the allowed-signers file %s", ref.Key, postList(paths), t.Source)
		}
	}
	return l
}

// postList names up to three posts and says how many more there are.
func postList(paths []string) string {
	const shown = 3
	if len(paths) <= shown {
		return strings.Join(paths, ", ")
	}
	return fmt.Sprintf("%s and %d more posts", strings.Join(paths[:shown], ", "), len(paths)-shown)
}
