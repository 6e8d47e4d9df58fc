package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// AxeInstall is the command, run in the repository's root, that installs
// axe-core where AxePath looks for it; .ci/run runs it before the tests.
const AxeInstall = "npm install --prefix .ci/npm --no-package-lock --no-audit --no-fund"

// AxeRules are the axe-core tags the pages must pass: WCAG 2.0 and 2.1 at
// levels A and AA, and axe's best practices.
var AxeRules = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"}

// AxePath returns where axe.min.js is: the file the environment variable
// TANDEM_AXE names, else .ci/npm/node_modules/axe-core/axe.min.js in the
// nearest folder at or above the working directory that holds go.mod.
func AxePath() (string, error) {
	if p := os.Getenv("TANDEM_AXE"); p != "" {
		return p, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, ".ci", "npm", "node_modules", "axe-core", "axe.min.js"), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod at or above %s", dir)
		}
		dir = parent
	}
}

// InstallAxe makes every page the tab of ctx loads from now on define
// axe (axe-core's API) before its own scripts run. It fails t, with the
// command that installs axe-core, when axe.min.js is missing: the
// accessibility check is part of the suite, in CI and on a laptop alike.
func InstallAxe(ctx context.Context, t testing.TB) {
	t.Helper()
	path, err := AxePath()
	if err != nil {
		t.Fatal(err)
	}
	script, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("axe-core is missing (%v); install it in the repository's root with:\n\t%s", err, AxeInstall)
	}
	add := chromedp.Action[chromedp.Void](func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: string(script)})
		return chromedp.Void{}, err
	})
	if err := chromedp.Do(ctx, add); err != nil {
		t.Fatalf("adding axe-core to the tab: %v", err)
	}
}

// AxeViolation is one rule a page breaks, with the elements that break it.
type AxeViolation struct {
	ID      string `json:"id"`
	Impact  string `json:"impact"`
	Help    string `json:"help"`
	HelpURL string `json:"helpUrl"`
	Nodes   []struct {
		Target  []any  `json:"target"`
		HTML    string `json:"html"`
		Summary string `json:"failureSummary"`
	} `json:"nodes"`
}

// String is the violation as a few lines a person can act on: the rule,
// its impact and help, and up to five elements with what is wrong.
func (v AxeViolation) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): %s <%s>", v.ID, v.Impact, v.Help, v.HelpURL)
	for i, n := range v.Nodes {
		if i == 5 {
			fmt.Fprintf(&b, "\n    … and %d more", len(v.Nodes)-i)
			break
		}
		fmt.Fprintf(&b, "\n    %v %s\n      %s", n.Target, shorten(n.HTML, 160), strings.ReplaceAll(n.Summary, "\n", "\n      "))
	}
	return b.String()
}

func shorten(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// axeRun runs axe on the whole document and returns its violations as
// JSON; rules are AxeRules.
const axeRun = `(async () => {
	if (typeof axe === "undefined") throw new Error("axe-core is not loaded in this page");
	const r = await axe.run(document, {runOnly: {type: "tag", values: %s}, resultTypes: ["violations"]});
	return JSON.stringify(r.violations);
})()`

// Axe runs axe-core in the page of ctx (see InstallAxe) and returns the
// rules of AxeRules it breaks.
func Axe(ctx context.Context) ([]AxeViolation, error) {
	tags, err := json.Marshal(AxeRules)
	if err != nil {
		return nil, err
	}
	out, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(axeRun, tags), chromedp.EvalAwaitPromise))
	if err != nil {
		return nil, err
	}
	var vs []AxeViolation
	if err := json.Unmarshal([]byte(out), &vs); err != nil {
		return nil, fmt.Errorf("reading axe's result: %w", err)
	}
	return vs, nil
}
