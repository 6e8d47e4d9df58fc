package signature

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// startAgent starts a real ssh-agent listening on a socket in a fresh
// temporary folder and stops it, by its process id, when the test ends.
func startAgent(t testing.TB) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "tandem-agent")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	sock := filepath.Join(dir, "agent.sock")
	// With -s the agent forks into the background once its socket is
	// listening and prints its process id.
	out, err := runTool(t, dir, nil, nil, "ssh-agent", "-s", "-a", sock)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`SSH_AGENT_PID=(\d+)`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no agent pid in ssh-agent output:\n%s", out)
	}
	pid, err := strconv.Atoi(m[1])
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if p, err := os.FindProcess(pid); err == nil {
			p.Signal(syscall.SIGTERM)
		}
	})
	return sock
}

// addToAgent writes k to a key file and loads it with ssh-add.
func addToAgent(t testing.TB, sock string, k testKey) {
	t.Helper()
	dir := t.TempDir()
	path := k.writePrivate(t, dir, "key")
	if out, err := runTool(t, dir, nil, []string{"SSH_AUTH_SOCK=" + sock}, "ssh-add", path); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
}

func TestSignerFromAgent(t *testing.T) {
	t.Parallel()
	sock := startAgent(t)
	kinds := []string{"ed25519", "ecdsa-p256", "rsa-2048"}
	keys := map[string]testKey{}
	for _, kind := range kinds {
		keys[kind] = newKey(t, kind)
		addToAgent(t, sock, keys[kind])
	}
	for _, kind := range kinds {
		t.Run(kind, func(t *testing.T) {
			t.Parallel()
			k := keys[kind]
			signer, closer, err := SignerFromAgent(sock, k.signer.PublicKey())
			if err != nil {
				t.Fatal(err)
			}
			a := sampleApproval()
			sig, err := Sign(signer, a)
			if err != nil {
				t.Fatalf("Sign() through the agent: %v", err)
			}
			if err := Verify(k.authorized(), a, sig); err != nil {
				t.Errorf("Verify() = %v for a signature made by the agent", err)
			}
			if err := closer.Close(); err != nil {
				t.Fatal(err)
			}
			if _, err := Sign(signer, a); err == nil {
				t.Errorf("Sign() after Close still worked")
			}
		})
	}
}

func TestSignerFromAgentFailures(t *testing.T) {
	t.Parallel()
	sock := startAgent(t)
	addToAgent(t, sock, newKey(t, "ed25519"))
	missing := newKey(t, "ed25519").signer.PublicKey()
	tests := []struct {
		name    string
		sock    string
		wantErr error
		wantMsg string
	}{
		{"agent lacks the key", sock, ErrNotInAgent, Fingerprint(missing)},
		{"no SSH_AUTH_SOCK", "", nil, "SSH_AUTH_SOCK"},
		{"agent gone", filepath.Join(t.TempDir(), "none.sock"), nil, "connecting"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			signer, closer, err := SignerFromAgent(tt.sock, missing)
			if err == nil || signer != nil || closer != nil {
				t.Fatalf("SignerFromAgent() = %v, %v, %v; want an error", signer, closer, err)
			}
			if (tt.wantErr != nil && !errors.Is(err, tt.wantErr)) || !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("SignerFromAgent() error = %v, want %v mentioning %q", err, tt.wantErr, tt.wantMsg)
			}
		})
	}
}
