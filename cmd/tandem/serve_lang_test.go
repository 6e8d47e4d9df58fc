package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestServeSaysWriteErrorsInGerman: when serve cannot write its output
// folder (here one holding a file tandem did not write), it says so in the
// reader's language, the reason included, and keeps serving.
func TestServeSaysWriteErrorsInGerman(t *testing.T) {
	site := t.TempDir()
	if err := os.CopyFS(filepath.Join(site, "content"), os.DirFS(filepath.Join(goldenSite, "content"))); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), "preview")
	if err := os.MkdirAll(dest, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dest, "notizen.txt"), []byte("meins"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	out := &syncBuffer{}
	getenv := func(k string) string { return map[string]string{"TANDEM_LANG": "de"}[k] }
	e := env{stdout: out, stderr: out, stdin: strings.NewReader(""), ctx: ctx, getenv: getenv}
	done := make(chan int, 1)
	go func() {
		done <- run(e, []string{"serve", "-s", site, "-d", dest, "--port", "0", "--now", "2026-11-01"})
	}()
	defer func() {
		cancel()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Error("serve did not stop after Ctrl-C")
		}
	}()
	waitOutput(t, out, "tandem serve: "+dest+" zu schreiben ist gescheitert: "+dest+" enthält Dateien, die tandem nicht geschrieben hat")
	waitOutput(t, out, "Zeige die Vorschau unter http://")
	if strings.Contains(out.String(), "holds files") {
		t.Errorf("serve said it in English:\n%s", out)
	}
}
