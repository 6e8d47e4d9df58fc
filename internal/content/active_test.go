package content

import "testing"

// TestActiveBundleFile: HTML and its kin are active by their name, an SVG
// by what it holds; drawings as drawing programs write them are not.
func TestActiveBundleFile(t *testing.T) {
	t.Parallel()
	drawing := `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
<style>.a{fill:red}</style><a xlink:href="https://example.org/"><rect class="a" width="5" height="5"/></a>
<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/><text>on click: data</text></svg>`
	cases := []struct{ name, data, want string }{
		{"bild.png", "<script>", ""},
		{"seite.html", "", ".html"},
		{"seite.HTM", "", ".HTM"},
		{"seite.html.en", "", ".html"},
		{"seite.xhtml. ", "", ".xhtml"},
		{"daten.xml", "<a/>", ".xml"},
		{"zeichnung.svg", drawing, ""},
		{"zeichnung.SVG", drawing, ""},
		{"zeichnung.svgz", drawing, ".svgz"},
		{"zeichnung.svg.html", drawing, ".svg"},
		{"s.svg", `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`, ".svg"},
		{"s.svg", `<svg xmlns="http://www.w3.org/2000/svg"><SCRIPT>alert(1)</SCRIPT></svg>`, ".svg"},
		{"s.svg", `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>`, ".svg"},
		{"s.svg", `<svg xmlns="http://www.w3.org/2000/svg"><rect ONclick="alert(1)"/></svg>`, ".svg"},
		{"s.svg", `<svg xmlns="http://www.w3.org/2000/svg"><a href="jav&#x09;ascript&#58;alert(1)"><text>x</text></a></svg>`, ".svg"},
		{"s.svg", `<svg xmlns="http://www.w3.org/2000/svg"><a href="data:text/html,&lt;script&gt;"><text>x</text></a></svg>`, ".svg"},
		{"s.svg", `<svg xmlns="http://www.w3.org/2000/svg"><a id="x"><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a></svg>`, ".svg"},
		{"s.svg", `<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>`, ".svg"},
		{"s.svg", `<svg xmlns="http://www.w3.org/2000/svg"><h:img xmlns:h="http://www.w3.org/1999/xhtml" src="x"/></svg>`, ".svg"},
		{"s.svg", `<!DOCTYPE svg [<!ENTITY s "&#60;script">]><svg xmlns="http://www.w3.org/2000/svg">&s;</svg>`, ".svg"},
		{"s.svg", `<?xml-stylesheet type="text/xsl" href="x.xsl"?><svg xmlns="http://www.w3.org/2000/svg"/>`, ".svg"},
		{"s.svg", `<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>`, ".svg"},
		{"s.svg", "\x1f\x8b\x08\x00", ".svg"},
	}
	for _, c := range cases {
		if got := ActiveBundleFile(c.name, []byte(c.data)); got != c.want {
			t.Errorf("ActiveBundleFile(%q, %.60q) = %q, want %q", c.name, c.data, got, c.want)
		}
	}
}

// TestServerConfig: the names a web server reads as its configuration,
// in any case and as Windows reads them.
func TestServerConfig(t *testing.T) {
	t.Parallel()
	for name, want := range map[string]bool{
		".htaccess": true, "sub/.HTACCESS": true, "web.config": true, "Web.Config. ": true, "_redirects": true,
		"a/_headers": true, "_routes.json": true, "staticwebapp.config.json": true,
		"web.config.txt": false, "redirects": false, "headers.png": false, "config.json": false,
	} {
		if got := ServerConfig(name); got != want {
			t.Errorf("ServerConfig(%q) = %v, want %v", name, got, want)
		}
	}
}
