package content

import (
	"bytes"

	"github.com/yuin/goldmark/util"
)

// tableStart finds the table goldmark's table extension makes of a
// paragraph's lines, the way it does: at the first delimiter row
// ("|---|:-:|") after the first line, when the row above has as many
// cells. row is the header's line; columns is 0 when there is no table.
func tableStart(lines [][]byte) (row, columns int) {
	for i := 1; i < len(lines); i++ {
		n := delimiterCells(lines[i])
		if n == 0 {
			continue
		}
		if headerCells(lines[i-1]) != n {
			return 0, 0
		}
		return i - 1, n
	}
	return 0, 0
}

// delimiterCells is the number of cells of a delimiter row, or 0 when
// line is none.
func delimiterCells(line []byte) int {
	if w, _ := util.IndentWidth(line, 0); w > 3 {
		return 0
	}
	allDashes, onlyDelim := true, true
	for _, c := range line {
		allDashes = allDashes && c == '-'
		onlyDelim = onlyDelim && (util.IsSpace(c) || c == '-' || c == '|' || c == ':')
	}
	if allDashes || !onlyDelim {
		return 0
	}
	cols := bytes.Split(line, []byte{'|'})
	if util.IsBlank(cols[0]) {
		cols = cols[1:]
	}
	if len(cols) > 0 && util.IsBlank(cols[len(cols)-1]) {
		cols = cols[:len(cols)-1]
	}
	for _, c := range cols {
		c = bytes.Trim(c, " \t\n\f\r")
		c = bytes.TrimPrefix(bytes.TrimSuffix(c, []byte(":")), []byte(":"))
		if len(c) == 0 || len(bytes.Trim(c, "-")) > 0 {
			return 0
		}
	}
	return len(cols)
}

// headerCells counts the cells of a header row as goldmark's table
// extension splits it: at every "|" not after a backslash, without a
// leading and a trailing "|".
func headerCells(line []byte) int {
	line = util.TrimRightSpace(util.TrimLeftSpace(line))
	pos, limit := 0, len(line)
	if limit > 0 && line[0] == '|' {
		pos++
	}
	if limit > 0 && line[limit-1] == '|' {
		limit--
	}
	n := 0
	for pos < limit {
		n++
		closure := pos
		for closure < limit && (line[closure] != '|' || closure > 0 && line[closure-1] == '\\') {
			closure++
		}
		pos = closure + 1
	}
	return n
}
