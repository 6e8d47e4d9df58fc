package render

import (
	"bytes"
	"testing"
)

// TestEmptyTableHeaderCell: an empty header cell is a <td>, since a <th>
// without text names nothing (axe's empty-table-header); a header cell
// with text stays a <th>; a column's alignment is a class, never an
// inline style a strict Content-Security-Policy blocks.
func TestEmptyTableHeaderCell(t *testing.T) {
	t.Parallel()
	tests := []struct{ src, want string }{
		{"| | |\n|---|:-:|\n| a | b |\n", "<table>\n<thead>\n<tr>\n<td></td>\n<td class=\"align-center\"></td>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>a</td>\n<td class=\"align-center\">b</td>\n</tr>\n</tbody>\n</table>\n"},
		{"|   | x |\n|---|--:|\n| a | b |\n", "<table>\n<thead>\n<tr>\n<td></td>\n<th class=\"align-right\">x</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>a</td>\n<td class=\"align-right\">b</td>\n</tr>\n</tbody>\n</table>\n"},
		{"| a |\n|---|\n|   |\n", "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td></td>\n</tr>\n</tbody>\n</table>\n"},
		{"| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n", "<table>\n<thead>\n<tr>\n<th class=\"align-left\">a</th>\n<th class=\"align-center\">b</th>\n<th class=\"align-right\">c</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td class=\"align-left\">1</td>\n<td class=\"align-center\">2</td>\n<td class=\"align-right\">3</td>\n</tr>\n</tbody>\n</table>\n"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := newMarkdown(&figures{}).Convert([]byte(tt.src), &b); err != nil {
			t.Fatal(err)
		}
		if b.String() != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.src, b.String(), tt.want)
		}
	}
}
