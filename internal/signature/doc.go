// Package signature signs and verifies approvals with SSH keys, so that
// an approval cannot be forged by anyone who lacks the reviewer's key.
//
// It sits beside the review gate of the pipeline (load -> validate ->
// review gate -> model -> render -> write): the review commands call Sign
// when a reviewer approves a post, and the review gate (in tandem build
// and in CI) calls Verify on every approved post, against the approver's
// signing_key in programme.yaml. It imports neither of them.
//
// Signatures use the SSHSIG format of ssh-keygen -Y sign, the format git
// uses for SSH-signed commits, in the namespace "tandem-approval", with
// SHA-512. Any ed25519, ECDSA or RSA (2048 bits or more) key works, from
// a key file or from an ssh-agent.
//
// # The signed message
//
// What is signed is not the post itself but a short text naming it,
// built by Message, five lines each ending in "\n":
//
//	tandem-approval v1
//	path: content/posts/r1/2024-03-05-start.md
//	digest: sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
//	approver: anna
//	approved-at: 2024-03-05T09:30:00Z
//
// path is the post's source file below the site root with "/" between
// folders; digest is the post digest written in its review block;
// approver is the approver's key in programme.yaml's people;
// approved-at is the approval time in UTC, RFC 3339, whole seconds. No
// field may be empty or hold a line break or control character. A
// signature therefore covers one post at one content by one approver at
// one time: copying it to another post, editing the post (which changes
// the digest), or changing approved_by or approved_at breaks it. That the
// digest matches the post's current content is the review gate's check.
//
// # Verifying a signature by hand
//
// From the site root, with OpenSSH 8.2 or later (GNU date; on macOS write
// the approved_at value in UTC with a Z yourself):
//
//	tandem review keys > allowed_signers
//	post=content/posts/r1/2024-03-05-start.md
//	field() { sed -n "s/^ *$1: *//p" "$post" | head -n 1 | tr -d "\"'"; }
//	approver=$(field approved_by)
//	at=$(date -u -d "$(field approved_at)" +%Y-%m-%dT%H:%M:%SZ)
//	printf 'tandem-approval v1\npath: %s\ndigest: %s\napprover: %s\napproved-at: %s\n' \
//		"$post" "$(field digest)" "$approver" "$at" > message.txt
//	sed -n '/-----BEGIN SSH SIGNATURE-----/,/-----END SSH SIGNATURE-----/s/^ *//p' "$post" > sig.txt
//	ssh-keygen -Y verify -f allowed_signers -I "$approver" -n tandem-approval -s sig.txt < message.txt
//
// ssh-keygen answers `Good "tandem-approval" signature for anna with
// ED25519 key SHA256:…` and exits 0, or exits 255 with the reason. The
// allowed_signers file is what AllowedSigners writes.
package signature
