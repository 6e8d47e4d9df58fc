package scaffold

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestWorkflowVerifiesSignedApprovals runs the check-and-build step of the
// workflow init writes with bash, as GitHub's runner does (bash -e), with
// a stand-in tandem that records its arguments: with the secret
// TANDEM_ALLOWED_SIGNERS, check and build verify against the file it
// becomes, with --require-signed; without it they run plain, and warn
// when programme.yaml requires signed approvals.
func TestWorkflowVerifiesSignedApprovals(t *testing.T) {
	s, dir := emptySite(t)
	if _, err := s.Init(Programme{Language: "en", Round: "pilot"}); err != nil {
		t.Fatal(err)
	}
	script := workflowStep(t, readFile(t, dir, CIWorkflow), "tandem check and tandem build")
	bin, temp := t.TempDir(), t.TempDir()
	log := filepath.Join(temp, "calls")
	if err := os.WriteFile(filepath.Join(bin, "tandem"), []byte("#!/bin/sh\necho \"$*\" >> "+log+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	signers := "frauke namespaces=\"tandem-approval\" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBq frauke@example"
	prog := filepath.Join(dir, "content/programme.yaml")
	plain := readFile(t, dir, "content/programme.yaml")
	cases := []struct {
		name, secret, programme, calls, warning string
	}{
		{"secret", signers, plain + "require_signed_approvals: true\n",
			"check --format github --allowed-signers " + temp + "/allowed_signers --require-signed\nbuild --allowed-signers " + temp + "/allowed_signers --require-signed\n", ""},
		{"no secret", "", plain, "check --format github\nbuild\n", ""},
		{"no secret, signatures required", "", plain + "require_signed_approvals: true\n", "check --format github\nbuild\n",
			"::warning file=content/programme.yaml::approvals must be signed, but the secret TANDEM_ALLOWED_SIGNERS is not set"},
	}
	for _, c := range cases {
		os.Remove(log)
		if err := os.WriteFile(prog, []byte(c.programme), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command("bash", "-e", "-c", script)
		cmd.Dir = dir
		cmd.Env = []string{"PATH=" + bin + ":/usr/bin:/bin", "RUNNER_TEMP=" + temp, "ALLOWED_SIGNERS=" + c.secret}
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", c.name, err, out)
		}
		if got := readFile(t, temp, "calls"); got != c.calls {
			t.Errorf("%s: tandem ran as\n%s\nwant\n%s", c.name, got, c.calls)
		}
		if c.warning != "" && !strings.Contains(string(out), c.warning) || c.warning == "" && strings.Contains(string(out), "::warning") {
			t.Errorf("%s: printed %q, want the warning %q", c.name, out, c.warning)
		}
		if c.secret != "" && strings.TrimSpace(readFile(t, temp, "allowed_signers")) != signers {
			t.Errorf("%s: the allowed-signers file is not the secret", c.name)
		}
	}
}

// workflowStep returns the run script of the step named name of the
// workflow's only job, and checks that it takes the secret.
func workflowStep(t *testing.T, workflow, name string) string {
	t.Helper()
	var w struct {
		Jobs map[string]struct {
			Steps []struct {
				Name string
				Run  string
				Env  map[string]string
			}
		}
	}
	if err := yaml.Unmarshal([]byte(workflow), &w); err != nil {
		t.Fatalf("the workflow is no YAML: %v", err)
	}
	for _, job := range w.Jobs {
		for _, s := range job.Steps {
			if s.Name == name {
				if s.Env["ALLOWED_SIGNERS"] != "${{ secrets.TANDEM_ALLOWED_SIGNERS }}" {
					t.Errorf("the step takes ALLOWED_SIGNERS from %q", s.Env["ALLOWED_SIGNERS"])
				}
				return s.Run
			}
		}
	}
	t.Fatalf("the workflow has no step %q:\n%s", name, workflow)
	return ""
}
