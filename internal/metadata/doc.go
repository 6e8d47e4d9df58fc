// Package metadata decodes the YAML that tandem's inputs are written in
// (programme.yaml, tandems/*.yaml and post front matter) into typed values
// that remember their line and column.
//
// It is the lowest part of the load stage: programme and content call it,
// and every value they hand on to validate carries the diag.Pos of where
// it was written. All YAML goes through go.yaml.in/yaml/v3, the maintained
// continuation of gopkg.in/yaml.v3, decoded into a yaml.Node tree so that
// positions survive. Text made only of the usual "name: value" lines,
// lists and nested blocks is turned into that same tree by decodeSimple
// (simple.go, simplevalues.go), a fifth of the time; anything else goes to yaml.v3, and a
// fuzz target holds the two to the same result.
//
// Hardening: a panic inside the YAML library is recovered and reported as a
// positioned error; anchors and aliases are refused (they are how "billion
// laughs" documents blow up memory, and no tandem file needs them); a key
// written twice is an error naming both lines.
//
// yaml.v3 reports syntax errors only as text ("yaml: line 3: ..."), and
// counts those lines differently for its scanner and its parser; Parse
// corrects for that, names the line of the mistake (the line where an
// unclosed quote or bracket opens) and rewords the common complaints.
package metadata
