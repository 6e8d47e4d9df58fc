package main

import (
	"cmp"
	"context"
	"flag"
	"os"
	"path/filepath"

	"github.com/tandem-mentoring/tandem/internal/changes"
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/history"
	"github.com/tandem-mentoring/tandem/internal/imagecache"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/signature"
)

// trustFlags are the flags of build, check and serve that say what the
// review gate trusts beyond programme.yaml.
type trustFlags struct {
	allowedSigners  *string
	requireSigned   *bool
	allowStaticHTML *bool
	allowServer     *bool
}

// addTrustFlags adds --allowed-signers, --require-signed,
// --allow-static-html and --allow-server-config.
func addTrustFlags(fs *flag.FlagSet) trustFlags {
	return trustFlags{
		allowedSigners:  fs.String("allowed-signers", "", "verify approvals against the reviewers' keys in this allowed-signers file (ssh-keygen's format), kept where authors cannot write (default: $TANDEM_ALLOWED_SIGNERS)"),
		requireSigned:   fs.Bool("require-signed", false, "count only signed approvals, and refuse a programme.yaml that does not require them or that allows static HTML without --allow-static-html"),
		allowStaticHTML: fs.Bool("allow-static-html", false, "with --require-signed: confirm programme.yaml's allow_static_html (static HTML is published unreviewed)"),
		allowServer:     fs.Bool("allow-server-config", false, "with --require-signed: confirm programme.yaml's allow_server_config (web server configuration is published unreviewed)"),
	}
}

// trust reads the allowed-signers file named by the flag or by
// TANDEM_ALLOWED_SIGNERS. An unreadable or invalid file is a usage error:
// the build must not go on trusting less than it was told to.
func (f trustFlags) trust(e env) (review.Trust, error) {
	t := review.Trust{RequireSigned: *f.requireSigned, AllowStaticHTML: *f.allowStaticHTML, AllowServerConfig: *f.allowServer}
	if err := checkHistoryKey(e); err != nil {
		return t, err
	}
	name, from := *f.allowedSigners, "--allowed-signers"
	if name == "" {
		name, from = e.getenv("TANDEM_ALLOWED_SIGNERS"), "TANDEM_ALLOWED_SIGNERS"
	}
	if name == "" {
		return t, nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return t, diag.Fail(diag.T("%s: cannot read the allowed-signers file: %v", from, err), err)
	}
	t.Signers, err = signature.ParseAllowedSigners(data)
	if err != nil {
		return t, diag.Fail(diag.T("%s %s: %s", from, name, diag.TextOf(err)), err)
	}
	t.Source = name
	return t, nil
}

// historyFlags are build's and check's flags about the review history.
type historyFlags struct {
	off      *bool
	cacheDir *string
}

// addHistoryFlags adds --no-history and --history-cache to build, check,
// report and serve.
func addHistoryFlags(fs *flag.FlagSet) historyFlags {
	return historyFlags{
		off:      fs.Bool("no-history", false, "do not read the posts' git history (by default an approval that a later approval or request for changes superseded does not count)"),
		cacheDir: fs.String("history-cache", "", "keep the history cache in this folder instead of the git folder, for a CI cache step to carry it between clones; a folder inside the work tree is used only with TANDEM_HISTORY_KEY (default: $TANDEM_HISTORY_CACHE)"),
	}
}

// minHistoryKey is the least number of bytes TANDEM_HISTORY_KEY may
// have: the key is all that tells a cache tandem sealed from one planted
// by a job of another branch, so it must be as hard to guess as a random
// 128-bit number written in hex (openssl rand -hex 16 gives 32 bytes).
const minHistoryKey = 32

// checkHistoryKey refuses a TANDEM_HISTORY_KEY shorter than
// minHistoryKey, naming the way to make one: a short key would let a
// guessed seal pass a cache that hides a later decision.
func checkHistoryKey(e env) error {
	key := e.getenv("TANDEM_HISTORY_KEY")
	if key == "" || len(key) >= minHistoryKey {
		return nil
	}
	return diag.Make(diag.Pos{Path: "TANDEM_HISTORY_KEY"}, diag.Error, "history-key",
		diag.T("make a key with openssl rand -hex 32 and keep it as a secret only the publishing jobs get (docs/ci.md), or unset TANDEM_HISTORY_KEY"),
		diag.T("the key that seals the history cache is %d bytes long; it needs at least %d, or a cache sealed with a guessed key could hide a later decision", len(key), minHistoryKey))
}

// historyCache says how the history read keeps its cache: in dir, else
// the folder TANDEM_HISTORY_CACHE names, else the git folder. With
// TANDEM_HISTORY_KEY set, the cache is sealed with that key and used only
// when its seal verifies, in CI too. Without a key, CI (the CI variable
// set, as GitHub Actions, GitLab CI and most others do) neither uses nor
// leaves a cache: a runner that reuses its build folder, or a cache step
// that restores another branch's file, would otherwise hand the read a
// cache that hides a later decision.
func historyCache(e env, dir string) history.Cache {
	key := e.getenv("TANDEM_HISTORY_KEY")
	c := history.Cache{Use: key != "" || e.getenv("CI") == "", Dir: cmp.Or(dir, e.getenv("TANDEM_HISTORY_CACHE"))}
	if key != "" {
		c.Key = []byte(key)
	}
	return c
}

// startHistory starts reading the review history of the site's posts
// from git beside the build, unless --no-history (nil), with the cache
// historyCache gives. The gate waits for it; stop kills the git
// processes if they still run and waits for them, so none outlives the
// command: call it when the command is done.
func startHistory(e env, source string, f historyFlags) (reading *history.Reading, stop func()) {
	if *f.off {
		return nil, func() {}
	}
	ctx, cancel := context.WithCancel(e.ctx)
	reading = history.Start(ctx, source, historyCache(e, *f.cacheDir))
	return reading, func() {
		cancel()
		_, _ = reading.Wait()
	}
}

// previewChanges finds, for a preview's banner and dashboard, what
// changed in stale posts since their approval (changes.Finder), reading
// the history with first when it is under way; nil when on is false.
func previewChanges(e env, source string, on bool, first *history.Reading, cache history.Cache) func(*programme.Programme, []*content.Post) map[string]changes.Shown {
	if !on {
		return nil
	}
	f := &changes.Finder{Context: e.ctx, Dir: source, Cache: cache, First: first}
	return f.Stale
}

// imageCache is the cache folder of the photos' derivatives below the
// site folder source (imagecache.Folder), sealed with a key in the user's
// cache folder ($XDG_CACHE_HOME or ~/.cache, tandem/image-cache.key);
// nil, keeping nothing between builds, when neither is set.
func imageCache(e env, source string) *imagecache.Dir {
	base := e.getenv("XDG_CACHE_HOME")
	if base == "" && e.getenv("HOME") != "" {
		base = filepath.Join(e.getenv("HOME"), ".cache")
	}
	if base == "" {
		return nil
	}
	return imagecache.NewDir(source, filepath.Join(base, "tandem", "image-cache.key"))
}
