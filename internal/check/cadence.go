package check

import (
	"strconv"
	"strings"
	"time"
)

// DefaultMeetingInterval is how long a tandem is given to meet for the
// first time when its cadence says nothing this package understands.
const DefaultMeetingInterval = 4 * 7 * day

// numberWords are the counts a cadence may spell out, in German and
// English.
var numberWords = map[string]int{
	"ein": 1, "einen": 1, "eine": 1, "one": 1, "a": 1,
	"zwei": 2, "two": 2, "drei": 3, "three": 3, "vier": 4, "four": 4,
	"fünf": 5, "five": 5, "sechs": 6, "six": 6, "acht": 8, "eight": 8,
}

// MeetingInterval reads the usual time between a tandem's meetings
// from its free-text cadence: "alle zwei Wochen" is 2 weeks, "alle drei
// bis vier Wochen" 4 (the longer), "monatlich" or "monthly" 4,
// "wöchentlich", "weekly" or "jeden Freitag" 1. Anything else, and no
// cadence, is DefaultMeetingInterval.
func MeetingInterval(cadence string) time.Duration {
	words := strings.FieldsFunc(strings.ToLower(cadence), func(r rune) bool {
		return r == ' ' || r == ',' || r == '-' || r == '/' || r == '.' || r == '(' || r == ')'
	})
	weeks := 0
	for i, w := range words {
		switch {
		case strings.HasPrefix(w, "monat") || strings.HasPrefix(w, "month"):
			weeks = max(weeks, 4)
		case strings.HasPrefix(w, "wöchentl") || w == "weekly" || w == "jeden" || w == "jede" || w == "every" && i+1 < len(words) && strings.HasSuffix(words[i+1], "day"):
			weeks = max(weeks, 1)
		case strings.HasPrefix(w, "woche") || strings.HasPrefix(w, "week"):
			weeks = max(weeks, countBefore(words[:i]))
		}
	}
	if weeks == 0 {
		return DefaultMeetingInterval
	}
	return time.Duration(weeks) * 7 * day
}

// countBefore returns the largest count among the last three words
// ("drei bis vier", "2-3"), or 1 when there is none ("jede Woche").
func countBefore(words []string) int {
	n := 0
	for _, w := range words[max(0, len(words)-3):] {
		if v, err := strconv.Atoi(w); err == nil && v > 0 && v < 53 {
			n = max(n, v)
		} else if v, ok := numberWords[w]; ok {
			n = max(n, v)
		}
	}
	return max(n, 1)
}
