package search

import "strings"

// German stems a folded word (see Fold) by the Snowball German
// algorithm, with the german2 variant's reading of ae, oe and ue (not
// after q) as ä, ö and ü, which is how Fold writes umlauts: stem(Fold(w))
// is the Snowball stem of w whether w was written "Größe", "Grösse" or
// "groesse". The stem has no umlauts.
func German(word string) string {
	w := germanPrelude(word)
	p1, p2 := regions(w, isGermanVowel)
	p1 = max(p1, 3)
	w = germanStep1(w, p1)
	w = germanStep2(w, p1)
	w = germanStep3(w, p1, p2)
	return germanPostlude(w)
}

// The letters of the stemmer's working text: one rune each, with U and Y
// marking u and y between vowels, which count as consonants.
func isGermanVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'ü':
		return true
	}
	return false
}

// germanPrelude marks u and y between vowels (U, Y), then replaces ß by
// ss and ae, oe, ue by ä, ö, ü, reading "qu" as one letter.
func germanPrelude(word string) []rune {
	in := []rune(word)
	for i := 1; i+1 < len(in); i++ {
		if isGermanVowel(in[i-1]) && isGermanVowel(in[i+1]) {
			switch in[i] {
			case 'u':
				in[i] = 'U'
			case 'y':
				in[i] = 'Y'
			}
		}
	}
	w := make([]rune, 0, len(in)+2)
	for i := 0; i < len(in); i++ {
		r := in[i]
		switch {
		case r == 'ß':
			w = append(w, 's', 's')
			continue
		case r == 'q' && i+1 < len(in) && in[i+1] == 'u':
			w = append(w, 'q', 'u')
			i++
			continue
		case i+1 < len(in) && in[i+1] == 'e' && (r == 'a' || r == 'o' || r == 'u'):
			r = map[rune]rune{'a': 'ä', 'o': 'ö', 'u': 'ü'}[r]
			i++
		}
		w = append(w, r)
	}
	return w
}

// regions returns the starts of R1 and R2: R1 begins after the first
// non-vowel that follows a vowel, R2 likewise within R1.
func regions(w []rune, vowel func(rune) bool) (p1, p2 int) {
	after := func(from int) int {
		for i := from + 1; i < len(w); i++ {
			if !vowel(w[i]) && vowel(w[i-1]) {
				return i + 1
			}
		}
		return len(w)
	}
	p1 = after(0)
	if p1 < len(w) {
		p2 = after(p1)
	} else {
		p2 = len(w)
	}
	return p1, p2
}

// suffix returns the longest of the suffixes w ends with, or "".
func suffix(w []rune, list ...string) string {
	best := ""
	for _, s := range list {
		if len([]rune(s)) > len([]rune(best)) && hasSuffix(w, s) {
			best = s
		}
	}
	return best
}

func hasSuffix(w []rune, s string) bool {
	rs := []rune(s)
	if len(rs) > len(w) {
		return false
	}
	return string(w[len(w)-len(rs):]) == s
}

func inSet(r rune, set string) bool { return strings.ContainsRune(set, r) }

func germanStep1(w []rune, p1 int) []rune {
	s := suffix(w, "em", "ern", "er", "e", "en", "es", "s")
	n := len([]rune(s))
	if s == "" || len(w)-n < p1 {
		return w
	}
	switch s {
	case "em", "ern", "er":
		return w[:len(w)-n]
	case "e", "en", "es":
		w = w[:len(w)-n]
		if hasSuffix(w, "niss") {
			w = w[:len(w)-1]
		}
		return w
	}
	if len(w) >= 2 && inSet(w[len(w)-2], "bdfghklmnrt") {
		return w[:len(w)-1]
	}
	return w
}

func germanStep2(w []rune, p1 int) []rune {
	s := suffix(w, "en", "er", "est", "st")
	n := len([]rune(s))
	if s == "" || len(w)-n < p1 {
		return w
	}
	if s != "st" {
		return w[:len(w)-n]
	}
	if at := len(w) - n - 1; at >= 3 && inSet(w[at], "bdfghklmnt") {
		return w[:len(w)-n]
	}
	return w
}

func germanStep3(w []rune, p1, p2 int) []rune {
	s := suffix(w, "end", "ung", "ig", "ik", "isch", "lich", "heit", "keit")
	n := len([]rune(s))
	if s == "" || len(w)-n < p2 {
		return w
	}
	before := w[:len(w)-n]
	switch s {
	case "end", "ung":
		w = before
		if hasSuffix(w, "ig") && len(w)-2 >= p2 && !(len(w) >= 3 && w[len(w)-3] == 'e') {
			w = w[:len(w)-2]
		}
	case "ig", "ik", "isch":
		if len(before) == 0 || before[len(before)-1] != 'e' {
			w = before
		}
	case "lich", "heit":
		w = before
		if (hasSuffix(w, "er") || hasSuffix(w, "en")) && len(w)-2 >= p1 {
			w = w[:len(w)-2]
		}
	case "keit":
		w = before
		if t := suffix(w, "lich", "ig"); t != "" && len(w)-len([]rune(t)) >= p2 {
			w = w[:len(w)-len([]rune(t))]
		}
	}
	return w
}

func germanPostlude(w []rune) string {
	for i, r := range w {
		switch r {
		case 'U':
			w[i] = 'u'
		case 'Y':
			w[i] = 'y'
		case 'ä':
			w[i] = 'a'
		case 'ö':
			w[i] = 'o'
		case 'ü':
			w[i] = 'u'
		}
	}
	return string(w)
}
