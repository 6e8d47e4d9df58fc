package programme

import (
	"strconv"
	"strings"
	"time"
)

// DefaultMeetingInterval is how long a tandem is given to meet for the
// first time when its cadence says nothing this package understands.
const DefaultMeetingInterval = 4 * 7 * oneDay

const oneDay = 24 * time.Hour

// MeetingInterval reads the usual time between a tandem's meetings
// from its free-text cadence: "alle zwei Wochen" is 2 weeks, "alle drei
// bis vier Wochen" 4 (the longer), "alle 14 Tage" 2, "jeden zweiten
// Freitag" or "every other week" 2, "monatlich" or "monthly" 4,
// "wöchentlich", "weekly" or "jeden Freitag" 1. Anything else, and no
// cadence, is DefaultMeetingInterval.
func MeetingInterval(cadence string) time.Duration {
	words := strings.FieldsFunc(strings.ToLower(cadence), func(r rune) bool {
		return r == ' ' || r == ',' || r == '-' || r == '/' || r == '.' || r == '(' || r == ')'
	})
	days := 0
	for i, w := range words {
		switch {
		case strings.HasPrefix(w, "monat") || strings.HasPrefix(w, "month"):
			days = max(days, 28)
		case strings.HasPrefix(w, "wöchentl") || w == "weekly":
			days = max(days, 7)
		case w == "jeden" || w == "jede" || w == "every":
			days = max(days, 7*countAfter(words[i+1:]))
		case strings.HasPrefix(w, "woche") || strings.HasPrefix(w, "week"):
			days = max(days, 7*countBefore(words[:i]))
		case w == "tage" || w == "days":
			days = max(days, countBefore(words[:i]))
		}
	}
	if days == 0 {
		return DefaultMeetingInterval
	}
	return time.Duration((days+6)/7) * 7 * oneDay
}

// countBefore returns the largest count among the last three words
// ("drei bis vier", "2-3"), or 1 when there is none ("jede Woche").
func countBefore(words []string) int {
	n := 0
	for _, w := range words[max(0, len(words)-3):] {
		n = max(n, count(w))
	}
	return max(n, 1)
}

// countAfter reads "jeden zweiten Freitag" and "every other week": 2
// when the next word says every second, else 1.
func countAfter(words []string) int {
	if len(words) > 0 && (strings.HasPrefix(words[0], "zweite") || words[0] == "other" || words[0] == "second") {
		return 2
	}
	return 1
}

// count is the number a word spells, in digits or in German or English
// words up to eight, or 0.
func count(w string) int {
	if v, err := strconv.Atoi(w); err == nil && v > 0 && v < 366 {
		return v
	}
	switch w {
	case "ein", "einen", "eine", "one", "a":
		return 1
	case "zwei", "two":
		return 2
	case "drei", "three":
		return 3
	case "vier", "four":
		return 4
	case "fünf", "five":
		return 5
	case "sechs", "six":
		return 6
	case "acht", "eight":
		return 8
	}
	return 0
}
