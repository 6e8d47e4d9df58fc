package signature

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// fuzzKey is the public half of a throwaway key whose private half was
// discarded after signing the "valid" seed in testdata/fuzz/FuzzVerify.
const fuzzKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOLizMa1Ti7LOtmFslAYD3VZPjI5ZSSsDdaJzRITz2m9 fuzz"

// fuzzApproval is the approval the "valid" seed signs.
func fuzzApproval() Approval {
	return Approval{
		Path:     "content/posts/r1/2024-03-05-start.md",
		Digest:   "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
		Approver: "anna",
		At:       time.Date(2024, 3, 5, 9, 30, 0, 0, time.UTC),
	}
}

// FuzzVerify feeds arbitrary text to Verify as the signature. It must
// never panic, every failure must be one of the documented kinds, and
// success needs a signature by fuzzKey.
func FuzzVerify(f *testing.F) {
	want, err := ParsePublicKey(fuzzKey)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, armored string) {
		err := Verify(fuzzKey, fuzzApproval(), armored)
		if err == nil {
			sig, uerr := unarmor(armored)
			if uerr != nil || !bytes.Equal(sig.PublicKey.Marshal(), want.Marshal()) {
				t.Fatalf("Verify accepted %q, which is not a signature by the approver's key", armored)
			}
			return
		}
		if !errors.Is(err, ErrMissing) && !errors.Is(err, ErrMalformed) &&
			!errors.Is(err, ErrWrongKey) && !errors.Is(err, ErrInvalid) {
			t.Fatalf("Verify(%q) = %v, not one of the documented failure kinds", armored, err)
		}
	})
}

// TestFuzzSeeds checks that the seed corpus still says what its names
// say: "valid" verifies, the others fail.
func TestFuzzSeeds(t *testing.T) {
	t.Parallel()
	entries, err := os.ReadDir("testdata/fuzz/FuzzVerify")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Run(e.Name(), func(t *testing.T) {
			t.Parallel()
			data, err := os.ReadFile(filepath.Join("testdata/fuzz/FuzzVerify", e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			body, ok := strings.CutPrefix(string(data), "go test fuzz v1\nstring(")
			if !ok {
				t.Fatalf("seed %s is not a go fuzz corpus file with one string", e.Name())
			}
			armored, err := strconv.Unquote(strings.TrimSuffix(strings.TrimSpace(body), ")"))
			if err != nil {
				t.Fatal(err)
			}
			err = Verify(fuzzKey, fuzzApproval(), armored)
			if (e.Name() == "valid") != (err == nil) {
				t.Errorf("seed %s: Verify() = %v", e.Name(), err)
			}
		})
	}
}
