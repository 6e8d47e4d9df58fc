package diag

import (
	"strings"
	"testing"
)

func TestNameProblems(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, msg, hint string
		strictOnly      bool
	}{
		{name: "themes/x/caf\xe9.md", msg: `byte 0xe9 after "caf" is not a character`, hint: `mv $'caf\xe9.md' 'café.md'`},
		{name: "it's \x9a\xff.md", msg: `byte 0x9a after "it's "`, hint: `mv $'it\'s \x9a\xff.md' 'it'\''s -ÿ.md'`},
		{name: "static/a\x1b[2J.css", msg: `the control character \x1b after "a"`, hint: `mv $'a\x1b[2J.css' 'a-[2J.css'`, strictOnly: true},
		{name: "static/\u202egnp.css", msg: `the control character \u202e after ""`, hint: `mv $'\xe2\x80\xaegnp.css' '-gnp.css'`, strictOnly: true},
	} {
		p, bad := NameUnprintable(c.name)
		if !bad || p.Path != c.name || p.Code != "bad-name" || !strings.Contains(p.Msg, c.msg) || !strings.Contains(p.Hint, c.hint) {
			t.Errorf("NameUnprintable(%q) = %+v, %v; want %q and %q", c.name, p, bad, c.msg, c.hint)
		}
		if _, bad := NameNotUTF8(c.name); bad == c.strictOnly {
			t.Errorf("NameNotUTF8(%q) found %v", c.name, bad)
		}
	}
	for _, ok := range []string{"static/café-ä–ß.css", "templates/post.html"} {
		if p, bad := NameUnprintable(ok); bad {
			t.Errorf("NameUnprintable(%q) = %+v", ok, p)
		}
	}
}
