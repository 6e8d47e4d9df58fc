package review

import (
	"crypto/ed25519"
	"crypto/rand"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/signature"
	"golang.org/x/crypto/ssh"
)

// trustKey makes an ed25519 signer and its authorized_keys line.
func trustKey(t *testing.T) (ssh.Signer, string) {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := ssh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s, strings.TrimSpace(string(ssh.MarshalAuthorizedKey(s.PublicKey())))
}

func loadProgrammeText(t *testing.T, text string) *programme.Programme {
	t.Helper()
	p, problems := programme.Load(fstest.MapFS{programme.File: {Data: []byte(text)}})
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	return p
}

func trusted(t *testing.T, file string) *signature.Trusted {
	t.Helper()
	tr, err := signature.ParseAllowedSigners([]byte(file))
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// TestTrustProblems: each way programme.yaml can disagree with the trust
// root is an error naming the reviewer at its place in programme.yaml.
func TestTrustProblems(t *testing.T) {
	t.Parallel()
	_, real := trustKey(t)
	_, forged := trustKey(t)
	file := trusted(t, "frauke "+real+"\n")
	prog := func(extra string) string {
		return "title: T\npeople:\n  frauke:\n    name: Frauke\n" + extra + "reviewers: [frauke]\n"
	}
	post := approved(t, "2024-03-05", goodReview, "")
	tests := []struct {
		name  string
		prog  string
		trust Trust
		want  string // "" for none
	}{
		{"the trusted key", prog("    signing_key: " + real + "\nrequire_signed_approvals: true\n"), Trust{Signers: file, Source: "F", RequireSigned: true}, ""},
		{"no key in programme.yaml", prog(""), Trust{Signers: file, Source: "F"}, ""},
		{"a forged key", prog("    signing_key: " + forged + "\n"), Trust{Signers: file, Source: "F"},
			"content/programme.yaml:5:18: the signing_key of reviewer frauke is not one of frauke's keys in the allowed-signers file F"},
		{"requirement switched off", prog("require_signed_approvals: false\n"), Trust{RequireSigned: true},
			"content/programme.yaml:5:27: programme.yaml does not require signed approvals, but tandem was run with --require-signed"},
		{"requirement missing", prog(""), Trust{RequireSigned: true},
			"content/programme.yaml:1:1: programme.yaml does not require signed approvals"},
		{"static HTML allowed in programme.yaml only", prog("require_signed_approvals: true\nallow_static_html: true\n"), Trust{RequireSigned: true},
			"content/programme.yaml:6:20: programme.yaml lets static HTML out unreviewed (allow_static_html: true), but tandem was run with --require-signed"},
		{"static HTML allowed on the command line too", prog("require_signed_approvals: true\nallow_static_html: true\n"), Trust{RequireSigned: true, AllowStaticHTML: true}, ""},
		{"server configuration allowed in programme.yaml only", prog("require_signed_approvals: true\nallow_server_config: true\n"), Trust{RequireSigned: true},
			"content/programme.yaml:6:22: programme.yaml lets web server configuration out unreviewed (allow_server_config: true), but tandem was run with --require-signed"},
		{"server configuration allowed on the command line too", prog("require_signed_approvals: true\nallow_server_config: true\n"), Trust{RequireSigned: true, AllowServerConfig: true}, ""},
		{"static HTML allowed without the requirement", prog("allow_static_html: true\n"), Trust{}, ""},
		{"reviewer missing from the file", prog(""), Trust{Signers: trusted(t, "anna "+real+"\n"), Source: "F"},
			"content/programme.yaml:5:13: reviewer frauke approved content/posts/2024-03-05-start.md, but has no key in the allowed-signers file F"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := loadProgrammeText(t, tt.prog)
			verdicts := []Verdict{Gate{Programme: p, Now: now, Trust: tt.trust}.Judge(post)}
			got := tt.trust.TrustProblems(p, []*content.Post{post}, verdicts)
			if tt.want == "" {
				if len(got) > 0 {
					t.Fatalf("TrustProblems() = %v, want none", got)
				}
				return
			}
			if len(got) != 1 || !strings.HasPrefix(got[0].Error(), tt.want) {
				t.Fatalf("TrustProblems() = %v, want one starting %q", got, tt.want)
			}
		})
	}
}

// TestGateVerifiesAgainstTrustedKeys: with an allowed-signers file, a
// signature by the key in programme.yaml does not count unless the file
// holds it too.
func TestGateVerifiesAgainstTrustedKeys(t *testing.T) {
	t.Parallel()
	realKey, real := trustKey(t)
	forgedKey, forged := trustKey(t)
	p := loadProgrammeText(t, "title: T\npeople:\n  frauke:\n    name: Frauke\n    signing_key: "+forged+"\nreviewers: [frauke]\n")
	sign := func(k ssh.Signer) *content.Post {
		plain := approved(t, "2024-03-05", goodReview, "")
		sig, err := signature.Sign(k, ApprovalOf(plain, Digest(plain)).Signed())
		if err != nil {
			t.Fatal(err)
		}
		indented := "  signature: |\n    " + strings.ReplaceAll(strings.TrimSpace(sig), "\n", "\n    ") + "\n"
		return approved(t, "2024-03-05", goodReview+indented, "")
	}
	trust := Trust{Signers: trusted(t, "frauke "+real+"\n"), Source: "F", RequireSigned: true}
	g := Gate{Programme: p, Now: now, Trust: trust}
	if v := g.Judge(sign(forgedKey)); v.Published() {
		t.Error("a signature by the key in programme.yaml counts although the allowed-signers file holds another")
	}
	if v := g.Judge(sign(realKey)); !v.Published() {
		t.Errorf("a signature by the trusted key does not count: %s", v.Reason)
	}
	if v := (Gate{Programme: p, Now: now}).Judge(sign(forgedKey)); !v.Published() {
		t.Errorf("without a trust root nor require_signed_approvals, the signature should not matter: %s", v.Reason)
	}
}
