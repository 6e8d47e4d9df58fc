package diag

import "testing"

func TestAt(t *testing.T) {
	data := []byte("ab\nÄöx\n")
	for off, want := range map[int]string{0: "f:1:1", 2: "f:1:3", 3: "f:2:1", 7: "f:2:3", 8: "f:2:4", 9: "f:3:1"} {
		if got := At("f", data, off).String(); got != want {
			t.Errorf("At(%d) = %s, want %s", off, got, want)
		}
	}
}

func TestLine(t *testing.T) {
	data := []byte("eins\nzwei\n\nvier")
	for n, want := range map[int]string{1: "eins", 2: "zwei", 3: "", 4: "vier", 5: ""} {
		if got := string(Line(data, n)); got != want {
			t.Errorf("Line(%d) = %q, want %q", n, got, want)
		}
	}
	if Line(data, 5) != nil {
		t.Error("a line past the end is not nil")
	}
}
