package scaffold

import (
	"fmt"
	"path"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

// initFile is one file tandem init writes.
type initFile struct {
	name string
	data []byte
}

// initTexts are the words of a new programme's files in one language.
type initTexts struct {
	round, roundTitle, roundSummary, description      string
	organiser, mentor, mentee, mentorDept, menteeDept string
	goals                                             []string
	cadence, postTitle, postSummary, postBody, tag    string
	comment                                           string
}

// texts returns the example files' words in language (de or en).
func texts(language string) initTexts {
	if language == "en" {
		return initTexts{
			round: "round-1", roundTitle: "First round", roundSummary: "The first tandems get to know each other.",
			description: "Apprentices coach executives: in tandems, over several months. Here the tandems keep their diary.",
			organiser:   "Programme team", mentor: "Alex Example", mentee: "Sam Sample",
			mentorDept: "Apprenticeship", menteeDept: "Management",
			goals:   []string{"Understand how apprentices find news and opinions online", "Try one new tool at work every month"},
			cadence: "every three to four weeks", postTitle: "Our first meeting", tag: "getting started",
			postSummary: "What a diary post looks like: this example, which you may rewrite or delete.",
			postBody: "We met for the first time and agreed on what we want to learn together.\n\n" +
				"## What we did\n\n- introduced ourselves and our work\n- picked a first topic\n\n" +
				"## What we learned\n\nA diary post is written in **Markdown**. Links to other posts look like\n" +
				"[this one](../our-first-meeting/); a photo goes into a bundle folder beside the post.\n",
			comment: "# The programme: its rounds, its people, and who reviews posts.\n" +
				"# Every field is described in docs/organisers.md in tandem's source.\n",
		}
	}
	return initTexts{
		round: "runde-1", roundTitle: "Erste Runde", roundSummary: "Die ersten Tandems lernen sich kennen.",
		description: "Auszubildende coachen Führungskräfte: in Tandems, über mehrere Monate. Hier schreiben die Tandems ihr Tagebuch.",
		organiser:   "Programmteam", mentor: "Alex Beispiel", mentee: "Sam Muster",
		mentorDept: "Ausbildung", menteeDept: "Geschäftsführung",
		goals:   []string{"Verstehen, wie Auszubildende Nachrichten und Meinungen im Netz finden", "Jeden Monat ein neues Werkzeug im Arbeitsalltag ausprobieren"},
		cadence: "alle drei bis vier Wochen", postTitle: "Unser erstes Treffen", tag: "Kennenlernen",
		postSummary: "So sieht ein Tagebuch-Beitrag aus: dieses Beispiel darfst du umschreiben oder löschen.",
		postBody: "Wir haben uns zum ersten Mal getroffen und besprochen, was wir gemeinsam lernen wollen.\n\n" +
			"## Was wir gemacht haben\n\n- uns und unsere Arbeit vorgestellt\n- ein erstes Thema ausgesucht\n\n" +
			"## Was wir gelernt haben\n\nEin Beitrag wird in **Markdown** geschrieben. Links auf andere Beiträge sehen so aus:\n" +
			"[dieser hier](../unser-erstes-treffen/); ein Foto kommt in einen Bundle-Ordner neben den Beitrag.\n",
		comment: "# Das Programm: seine Runden, seine Menschen und wer Beiträge freigibt.\n" +
			"# Alle Felder beschreibt docs/organisers.md im Quelltext von tandem.\n",
	}
}

// Example people of a new programme.
const (
	exampleTandem    = "t01"
	exampleMentor    = "alex"
	exampleMentee    = "sam"
	exampleOrganiser = "team"
)

// initFiles makes the files of a new programme; req holds checked values
// with defaults filled in.
func initFiles(req Programme, now time.Time) ([]initFile, error) {
	tx := texts(req.Language)
	start := now.Format("2006-01-02")
	end := now.AddDate(0, 6, -1).Format("2006-01-02")
	prog, err := initProgrammeYAML(req, tx, start, end)
	if err != nil {
		return nil, err
	}
	tandem, err := tandemYAML(Tandem{Round: req.Round, Mentors: []string{exampleMentor}, Mentee: exampleMentee, Goals: tx.goals, Start: start})
	if err != nil {
		return nil, err
	}
	tandem = append(tandem, []byte("cadence: "+tx.cadence+"\n")...)
	slug := content.Slugify(tx.postTitle)
	post := fmt.Sprintf("---\ntitle: %s\ndate: %s\ntandem: %s\nkind: diary\nauthors: [%s]\ntags: [%s]\nsummary: %s\nstatus: draft\n---\n\n%s",
		quoted(tx.postTitle), start, exampleTandem, exampleMentor, quoted(tx.tag), quoted(tx.postSummary), tx.postBody)
	return []initFile{
		{programme.File, prog},
		{path.Join(programme.TandemDir, exampleTandem+".yaml"), tandem},
		{path.Join(content.PostDir, req.Round, start+"-"+slug+".md"), []byte(post)},
		{GitIgnore, []byte(gitIgnore)},
		{CIWorkflow, []byte(workflow)},
	}, nil
}

// quoted writes s as a YAML value, quoted as needed.
func quoted(s string) string {
	v, err := yamlValue(s)
	if err != nil {
		return "''"
	}
	return v
}

// initProgrammeYAML writes content/programme.yaml. User values go through
// the YAML encoder, so any title is quoted as YAML needs.
func initProgrammeYAML(req Programme, tx initTexts, start, end string) ([]byte, error) {
	var b strings.Builder
	b.WriteString(tx.comment + "\n")
	fmt.Fprintf(&b, "title: %s\ndescription: %s\n", quoted(req.Title), quoted(tx.description))
	if req.Organisation != "" {
		fmt.Fprintf(&b, "organisation: %s\n", quoted(req.Organisation))
	}
	fmt.Fprintf(&b, "language: %s\nbase_url: %s\npage_size: 10\n\n", req.Language, quoted(req.BaseURL))
	fmt.Fprintf(&b, "rounds:\n  - id: %s\n    title: %s\n    start: %s\n    end: %s\n    summary: %s\n\n",
		req.Round, quoted(tx.roundTitle), start, end, quoted(tx.roundSummary))
	fmt.Fprintf(&b, "people:\n")
	for _, p := range [][3]string{
		{exampleOrganiser, tx.organiser, "organiser"},
		{exampleMentor, tx.mentor, "mentor"},
		{exampleMentee, tx.mentee, "mentee"},
	} {
		fmt.Fprintf(&b, "  %s:\n    name: %s\n    role: %s\n", p[0], quoted(p[1]), p[2])
		switch p[0] {
		case exampleMentor:
			fmt.Fprintf(&b, "    department: %s\n", quoted(tx.mentorDept))
		case exampleMentee:
			fmt.Fprintf(&b, "    department: %s\n", quoted(tx.menteeDept))
		}
	}
	fmt.Fprintf(&b, "\nreviewers: [%s]\n", exampleOrganiser)
	return []byte(b.String()), nil
}

// gitIgnore keeps what tandem writes beside content/ out of git: the
// output folder (also when it is a symbolic link, which "public/" alone
// would not match), its manifest and lock, and serve's folder.
const gitIgnore = `# What tandem writes beside content/: never commit it.
/public
/public/
/.public.tandem-manifest
/.public.tandem-lock
/.tandem/
`

// workflow is the GitHub Actions recipe of a new programme. It keeps the
// whole history (fetch-depth: 0), which the approval checks read, and
// verifies signed approvals against the secret TANDEM_ALLOWED_SIGNERS
// when it is set (warning when programme.yaml requires signatures and
// the secret is missing).
const workflow = `# Checks every push and pull request and builds the site.
# tandem is installed from its source; change "repository" to wherever
# your organisation keeps tandem.
name: tandem
on:
  push:
  pull_request:
jobs:
  site:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0   # the whole history: tandem checks that no approval was replayed
      - uses: actions/setup-go@v5
        with:
          go-version: "1.26"
      - uses: actions/checkout@v4
        with:
          repository: tandem-mentoring/tandem
          path: .tandem-src
      - run: cd .tandem-src && go install ./cmd/tandem
      # Signed approvals: programme.yaml lives in this repository, so whoever
      # can edit a post can also change a reviewer's signing_key there. Once
      # programme.yaml sets require_signed_approvals: true, put the reviewers'
      # keys (tandem review keys prints them) into the secret
      # TANDEM_ALLOWED_SIGNERS, where authors cannot write: check and build then
      # verify every signature against it only (--allowed-signers,
      # --require-signed). See docs/ci.md, "Signed approvals in CI".
      - name: tandem check and tandem build
        env:
          ALLOWED_SIGNERS: ${{ secrets.TANDEM_ALLOWED_SIGNERS }}
        run: |
          set --
          if [ -n "$ALLOWED_SIGNERS" ]; then
            printf '%s\n' "$ALLOWED_SIGNERS" > "$RUNNER_TEMP/allowed_signers"
            set -- --allowed-signers "$RUNNER_TEMP/allowed_signers" --require-signed
          elif grep -Eq '^require_signed_approvals:[[:space:]]*true' content/programme.yaml; then
            echo "::warning file=content/programme.yaml::approvals must be signed, but the secret TANDEM_ALLOWED_SIGNERS is not set, so the keys in programme.yaml (which authors can edit) decide; see docs/ci.md"
          fi
          tandem check --format github "$@"
          tandem build "$@"
      - uses: actions/upload-artifact@v4
        with:
          name: site
          path: public
`
