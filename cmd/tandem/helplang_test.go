package main

import (
	"regexp"
	"strings"
	"testing"
)

// helpFlag is one flag of a command's --help: the kind of value it takes
// as the help names it ("string", "Text"; empty for a switch), its usage
// and the default the flag package adds to it ("(default 1414)").
type helpFlag struct {
	name, kind, usage, def string
}

// TestHelpInGermanFlagByFlag compares every command's German --help with
// its English one flag by flag: the same flags in the same order, each
// with its kind of value in German, its usage translated and the flag
// package's default the same; the usage line is the same, and no English
// word of the flag package is left.
func TestHelpInGermanFlagByFlag(t *testing.T) {
	t.Parallel()
	kinds := map[string]string{"": "", "string": "Text", "int": "Zahl", "value": "Wert"}
	defaults := 0 // flags with a default the flag package adds, to know they were read
	for _, args := range [][]string{
		{"build"}, {"check"}, {"init"}, {"serve"}, {"report"},
		{"review"}, {"review", "submit"}, {"review", "approve"}, {"review", "reject"},
		{"review", "diff"}, {"review", "digest"}, {"review", "keys"},
		{"new", "post"}, {"new", "tandem"}, {"new", "round"},
	} {
		name := strings.Join(args, " ")
		_, out, errs := runCmdEnv(t, []string{"LANG=C"}, append(args, "--help")...)
		en := out + errs
		_, out, errs = runCmdEnv(t, []string{"LANG=de_DE.UTF-8"}, append(args, "--help")...)
		de := out + errs
		enSynopsis, enFlags := helpFlags(t, en, "Usage: tandem ", "Flags:", "(default ")
		deSynopsis, deFlags := helpFlags(t, de, "Aufruf: tandem ", "Optionen:", "(Standard: ")
		if enSynopsis != deSynopsis {
			t.Errorf("%s: the usage line is %q in German, %q in English", name, deSynopsis, enSynopsis)
		}
		for _, word := range []string{"Usage:", "Flags:", "(default ", " string\n", " int\n", " value\n"} {
			if strings.Contains(de, word) {
				t.Errorf("%s: the German help still says %q:\n%s", name, word, de)
			}
		}
		if len(enFlags) == 0 || len(enFlags) != len(deFlags) {
			t.Errorf("%s: %d flags in English, %d in German:\n%s\n%s", name, len(enFlags), len(deFlags), en, de)
			continue
		}
		for i, e := range enFlags {
			d := deFlags[i]
			if e.def != "" {
				defaults++
			}
			switch {
			case d.name != e.name:
				t.Errorf("%s: flag %d is -%s in German, -%s in English", name, i, d.name, e.name)
			case d.kind != kinds[e.kind]:
				t.Errorf("%s -%s: takes %q in German, %q in English", name, e.name, d.kind, e.kind)
			case d.def != e.def:
				t.Errorf("%s -%s: the default is %q in German, %q in English", name, e.name, d.def, e.def)
			case d.usage == e.usage || d.usage == "":
				t.Errorf("%s -%s: the usage %q is not translated", name, e.name, d.usage)
			}
		}
	}
	if defaults < 20 {
		t.Errorf("only %d flags with a default found; is the help read right?", defaults)
	}
}

// helpFlags reads a --help: the usage line after usage, and below the
// line flagsTitle each flag with its kind, usage and the default that the
// flag package adds (a quoted text or a number, after defaultWord).
func helpFlags(t *testing.T, help, usage, flagsTitle, defaultWord string) (synopsis string, flags []helpFlag) {
	t.Helper()
	_, synopsis, ok := strings.Cut(help, usage)
	synopsis, _, _ = strings.Cut(synopsis, "\n")
	_, list, found := strings.Cut(help, "\n"+flagsTitle+"\n")
	if !ok || !found {
		t.Fatalf("no %q or %q in the help:\n%s", usage, flagsTitle, help)
	}
	def := regexp.MustCompile(` ` + regexp.QuoteMeta(defaultWord) + `("[^"]*"|-?[0-9]+|true)\)$`)
	for line := range strings.Lines(list) {
		line = strings.TrimSuffix(line, "\n")
		switch {
		case strings.HasPrefix(line, "  -"):
			head, text, _ := strings.Cut(strings.TrimPrefix(line, "  -"), "\t") // "s\tusage" for a one-letter switch
			name, kind, _ := strings.Cut(head, " ")
			flags = append(flags, helpFlag{name: name, kind: kind, usage: text})
		case strings.HasPrefix(line, "    \t") && len(flags) > 0:
			f := &flags[len(flags)-1]
			f.usage += strings.TrimPrefix(line, "    \t")
		}
	}
	for i := range flags {
		if m := def.FindStringSubmatchIndex(flags[i].usage); m != nil {
			flags[i].def = flags[i].usage[m[2]:m[3]]
			flags[i].usage = flags[i].usage[:m[0]]
		}
	}
	return synopsis, flags
}
