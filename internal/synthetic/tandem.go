package synthetic

import (
	"fmt"
	"path"
	"strconv"
	"strings"
	"testing/fstest"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/review"
)

// WriteTandem writes the site in tandem's layout to out:
// content/programme.yaml, content/tandems/<id>.yaml and every post, each
// approved with the digest review.Digest gives for it.
func (s *Site) WriteTandem(out Sink) error {
	if err := out.WriteFile("content/programme.yaml", s.programmeYAML()); err != nil {
		return err
	}
	for i := range s.Tandems {
		t := &s.Tandems[i]
		if err := out.WriteFile("content/tandems/"+t.ID+".yaml", tandemYAML(t)); err != nil {
			return err
		}
	}
	image := bundleImage()
	for i := range s.Posts {
		p := &s.Posts[i]
		data, err := s.approvedPost(p, image)
		if err != nil {
			return err
		}
		if err := out.WriteFile(p.Path(), data); err != nil {
			return err
		}
		if p.Bundle {
			if err := out.WriteFile(path.Join(p.Dir(), BundleImage), image); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *Site) programmeYAML() []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "# Made up by tandem-gen: %s, seed %d.\n", s, s.Seed)
	fmt.Fprintf(&b, "title: %s\ndescription: %s\nlanguage: de\nbase_url: %s\norganisation: %s\n", q(s.Title), q(s.Description), s.BaseURL, q(s.Organisation))
	b.WriteString("contact: {name: Redaktion, email: redaktion@example.com}\n")
	fmt.Fprintf(&b, "topics: %s\npage_size: %d\nrounds:\n", list(s.Topics), s.PageSize)
	for _, r := range s.Rounds {
		fmt.Fprintf(&b, "  - id: %s\n    title: %s\n    start: %s\n    end: %s\n    summary: %s\n", r.ID, q(r.Title), day(r.Start), day(r.End), q(r.Summary))
	}
	b.WriteString("people:\n")
	for _, p := range s.People {
		fmt.Fprintf(&b, "  %s: {name: %s, role: %s, department: %s}\n", p.Key, q(p.Name), p.Role, q(p.Department))
	}
	fmt.Fprintf(&b, "reviewers: %s\n", list(s.Reviewers))
	return []byte(b.String())
}

func tandemYAML(t *Tandem) []byte {
	return fmt.Appendf(nil, "round: %s\nmentors: %s\nmentee: %s\ntopics: %s\ngoals: %s\ncadence: %s\n",
		t.Round, list(t.Mentors), t.Mentee, list(t.Topics), list(t.Goals), q(t.Cadence))
}

// frontMatter is a post's front matter without the review block and
// without the closing ---.
func (s *Site) frontMatter(p *Post) string {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %s\ndate: %s\n", q(p.Title), day(p.Date))
	if p.Tandem != "" {
		fmt.Fprintf(&b, "tandem: %s\n", p.Tandem)
	} else {
		fmt.Fprintf(&b, "round: %s\n", p.Round)
	}
	if p.Kind != content.KindDiary {
		fmt.Fprintf(&b, "kind: %s\n", p.Kind)
	}
	fmt.Fprintf(&b, "authors: %s\ntags: %s\n", list(p.Authors), list(p.Tags))
	if p.Summary != "" {
		fmt.Fprintf(&b, "summary: %s\n", q(p.Summary))
	}
	b.WriteString("status: approved\n")
	return b.String()
}

// approvedPost returns the post's file: front matter, a review block
// with the post's digest, and the body. The digest is taken from the
// post as tandem reads it (content.Parse, or content.LoadBundle with the
// image, with the round validate takes from the tandem), so it matches
// by construction; the review block is not part of the digest.
func (s *Site) approvedPost(p *Post, image []byte) ([]byte, error) {
	front, body := s.frontMatter(p), "---\n\n"+string(s.Body(p.Index))+"\n"
	parsed, err := parseDraft(p, []byte(front+body), image)
	if err != nil {
		return nil, err
	}
	parsed.Round.Key = p.Round // as validate fills it in from the tandem
	rev := fmt.Sprintf("review:\n  approved_by: %s\n  approved_at: %s\n  digest: %s\n",
		p.Reviewer, p.ApprovedAt.UTC().Format(time.RFC3339), review.Digest(parsed))
	return []byte(front + rev + body), nil
}

// parseDraft reads a generated post back the way tandem loads it. Any
// problem is a bug in the generator.
func parseDraft(p *Post, data, image []byte) (*content.Post, error) {
	var parsed *content.Post
	if p.Bundle {
		site := fstest.MapFS{p.Path(): {Data: data}, path.Join(p.Dir(), BundleImage): {Data: image}}
		post, problems := content.LoadBundle(site, p.Dir())
		if len(problems) > 0 {
			return nil, fmt.Errorf("generated an invalid post: %v", problems[0])
		}
		parsed = post
	} else {
		post, problems := content.Parse(p.Path(), data)
		if len(problems) > 0 {
			return nil, fmt.Errorf("generated an invalid post: %v", problems[0])
		}
		parsed = post
	}
	if parsed.Slug != p.Slug {
		return nil, fmt.Errorf("%s: tandem reads slug %q, planned %q", p.Path(), parsed.Slug, p.Slug)
	}
	return parsed, nil
}

// q quotes s for YAML (a Go quoted string is a valid YAML double-quoted
// scalar for printable UTF-8 text).
func q(s string) string { return strconv.Quote(s) }

// list writes a YAML flow sequence of quoted strings.
func list(items []string) string {
	quoted := make([]string, len(items))
	for i, s := range items {
		quoted[i] = q(s)
	}
	return "[" + strings.Join(quoted, ", ") + "]"
}

func day(t time.Time) string { return t.Format("2006-01-02") }
