package main

import (
	"bufio"
	"bytes"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// repoRoot is the repository, seen from this package's folder.
const repoRoot = "../.."

// quickStart returns the commands of the README's quick start: the lines
// of the first sh block below "## Quick start", without comments.
func quickStart(t *testing.T) []string {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "\n## Quick start\n")
	_, block, ok2 := strings.Cut(section, "```sh\n")
	block, _, ok3 := strings.Cut(block, "```")
	if !ok || !ok2 || !ok3 {
		t.Fatal("README.md has no sh block under ## Quick start")
	}
	var lines []string
	for _, line := range strings.Split(block, "\n") {
		line, _, _ = strings.Cut(line, "#")
		if line = strings.TrimSpace(line); line != "" {
			lines = append(lines, line)
		}
	}
	return lines
}

// TestReadmeQuickStart does what the README tells a new user: installs
// tandem with its install command, then runs the quick start's commands
// in a fresh folder through that binary (standard input is no terminal,
// so init takes its defaults). serve is started on a free port, its page
// fetched and the server stopped with Ctrl-C.
func TestReadmeQuickStart(t *testing.T) {
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "bin")
	install := exec.Command("go", "install", "./cmd/tandem")
	install.Dir = repoRoot
	install.Env = append(os.Environ(), "GOBIN="+bin)
	if out, err := install.CombinedOutput(); err != nil {
		t.Fatalf("go install ./cmd/tandem: %v\n%s", err, out)
	}
	env := append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "TANDEM_LANG=en") // the test reads English output
	var script []string
	serve := ""
	for _, line := range quickStart(t) {
		if strings.HasPrefix(line, "tandem serve") {
			serve = line
			continue
		}
		script = append(script, line)
	}
	if len(script) < 3 || !strings.HasPrefix(script[0], "tandem init ") || serve == "" {
		t.Fatalf("the quick start is no longer init … serve: %q", script)
	}
	work := filepath.Join(tmp, "fresh")
	if err := os.Mkdir(work, 0o755); err != nil {
		t.Fatal(err)
	}
	run := exec.Command("bash", "-euc", strings.Join(append(script, "pwd"), "\n"))
	run.Dir, run.Env = work, env
	out, err := run.CombinedOutput()
	if err != nil {
		t.Fatalf("the quick start failed: %v\n%s", err, out)
	}
	for _, want := range []string{"Started a new programme", "0 errors, 0 warnings", "Built "} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("the quick start's output lacks %q:\n%s", want, out)
		}
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	site := lines[len(lines)-1]
	if _, err := os.Stat(filepath.Join(site, "public", "index.html")); err != nil {
		t.Errorf("the quick start built no site: %v", err)
	}
	args := strings.Fields(serve)
	args[0] = filepath.Join(bin, args[0]) // the PATH of env is not where exec looks
	serveSite(t, env, site, args)
}

// serveSite runs the quick start's serve command on a free port in site,
// fetches the page it names and stops it as Ctrl-C does.
func serveSite(t *testing.T, env []string, site string, args []string) {
	t.Helper()
	cmd := exec.Command(args[0], append(args[1:], "--port", "0")...)
	cmd.Dir, cmd.Env = site, env
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	addr := regexp.MustCompile(`at (http://\S+)`)
	lines := bufio.NewScanner(stdout)
	url := ""
	for url == "" && lines.Scan() {
		if m := addr.FindStringSubmatch(lines.Text()); m != nil {
			url = m[1]
		}
	}
	if url == "" {
		t.Fatal("tandem serve printed no address")
	}
	go io.Copy(io.Discard, stdout)
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !bytes.Contains(page, []byte("Reverse Mentoring")) {
		t.Errorf("%s answered %d:\n%.300s", url, resp.StatusCode, page)
	}
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("tandem serve did not stop cleanly on Ctrl-C: %v", err)
		}
	case <-time.After(time.Minute): // a safety net, not a timing
		t.Error("tandem serve did not stop on Ctrl-C")
	}
}

// TestDocsRecipeIsInitsWorkflow: the GitHub Actions recipe in docs/ci.md
// is the file tandem init writes.
func TestDocsRecipeIsInitsWorkflow(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := runCmd(t, "init", dir); code != exitOK {
		t.Fatal(errs)
	}
	workflow := readIn(t, dir, ".github/workflows/tandem.yml")
	doc := readIn(t, repoRoot, "docs/ci.md")
	if !strings.Contains(doc, "```yaml\n"+workflow+"```") {
		t.Errorf("docs/ci.md does not show the workflow tandem init writes:\n%s", workflow)
	}
}

// TestDocsLinksExist: every relative link in README.md and docs/ leads to
// a file of the repository, and to a heading of it when it names one.
func TestDocsLinksExist(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(repoRoot, "docs", "*.md"))
	files = append(files, filepath.Join(repoRoot, "README.md"))
	link := regexp.MustCompile(`\]\(([^)#:\s]*)(?:#([^)\s]*))?\)`)
	code := regexp.MustCompile("(?s)```.*?```|`[^`\n]*`") // examples, not links
	checked := 0
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range link.FindAllStringSubmatch(code.ReplaceAllString(string(text), ""), -1) {
			checked++
			target := f
			if m[1] != "" {
				target = filepath.Join(filepath.Dir(f), m[1])
			}
			if _, err := os.Stat(target); err != nil {
				t.Errorf("%s links to %s, which does not exist", f, m[1])
				continue
			}
			if m[2] != "" && !hasAnchor(t, target, m[2]) {
				t.Errorf("%s links to %s#%s, which has no such heading", f, m[1], m[2])
			}
		}
	}
	if checked < 20 {
		t.Errorf("found only %d links: does the test still read them right?", checked)
	}
}

// hasAnchor reports whether the Markdown file has a heading whose anchor,
// as GitHub makes it (lower case, spaces to hyphens, other punctuation
// dropped), is anchor.
func hasAnchor(t *testing.T, file, anchor string) bool {
	t.Helper()
	text, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	drop := regexp.MustCompile(`[^\p{L}\p{N} _-]`)
	for _, line := range strings.Split(string(text), "\n") {
		title, ok := strings.CutPrefix(strings.TrimLeft(line, "#"), " ")
		if !ok || !strings.HasPrefix(line, "#") {
			continue
		}
		slug := strings.ReplaceAll(drop.ReplaceAllString(strings.ToLower(title), ""), " ", "-")
		if slug == anchor {
			return true
		}
	}
	return false
}
