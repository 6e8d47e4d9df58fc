package signature

import (
	"fmt"
	"testing"
	"time"
)

// benchApprovals returns n distinct approvals, as many as a large
// programme might hold.
func benchApprovals(n int) []Approval {
	as := make([]Approval, n)
	start := time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC)
	for i := range as {
		as[i] = Approval{
			Path:     fmt.Sprintf("content/posts/r%d/2024-01-01-post-%05d.md", i%4+1, i),
			Digest:   fmt.Sprintf("sha256:%064x", i),
			Approver: "anna",
			At:       start.Add(time.Duration(i) * time.Minute),
		}
	}
	return as
}

// benchSign signs approvals in turn with sign; run it with
// -benchtime=10000x to sign each of the 10,000 approvals once.
func benchSign(b *testing.B, k testKey, sign func(Approval) (string, error)) {
	approvals := benchApprovals(10000)
	var last string
	i := 0
	for b.Loop() {
		sig, err := sign(approvals[i%len(approvals)])
		if err != nil {
			b.Fatal(err)
		}
		last = sig
		i++
	}
	if err := Verify(k.authorized(), approvals[(i-1)%len(approvals)], last); err != nil {
		b.Fatalf("last signature does not verify: %v", err)
	}
}

func BenchmarkSign(b *testing.B) {
	k := newKey(b, "ed25519")
	benchSign(b, k, func(a Approval) (string, error) { return Sign(k.signer, a) })
}

func BenchmarkSignAgent(b *testing.B) {
	sock := startAgent(b)
	k := newKey(b, "ed25519")
	addToAgent(b, sock, k)
	signer, closer, err := SignerFromAgent(sock, k.signer.PublicKey())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { closer.Close() })
	benchSign(b, k, func(a Approval) (string, error) { return Sign(signer, a) })
}

func BenchmarkVerify(b *testing.B) {
	k := newKey(b, "ed25519")
	approvals := benchApprovals(10000)
	sigs := make([]string, len(approvals))
	for i, a := range approvals[:100] {
		sigs[i] = mustSign(b, k, a)
	}
	key := k.authorized()
	i := 0
	for b.Loop() {
		if err := Verify(key, approvals[i%100], sigs[i%100]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
