package render

import (
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"time"

	"go.yaml.in/yaml/v3"
)

// Strings are the UI strings of one language, from the theme's
// i18n/<language>.yaml.
type Strings struct {
	text   map[string]string
	months []string
	format string
	// dates holds the text of each day Date was asked for, by the day
	// (a calendarDay): the text depends on nothing else.
	dates sync.Map
}

// calendarDay is a day as Date formats it.
type calendarDay struct {
	year  int
	month time.Month
	day   int
}

// loadStrings reads i18n/<lang>.yaml from the theme.
func loadStrings(theme fs.FS, lang string) (*Strings, error) {
	name := "i18n/" + lang + ".yaml"
	data, err := fs.ReadFile(theme, name)
	if err != nil {
		return nil, fmt.Errorf("the theme has no UI strings for language %q: %w", lang, err)
	}
	var raw map[string]any
	if err := yaml.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	s := &Strings{text: map[string]string{}}
	for k, v := range raw {
		switch v := v.(type) {
		case string:
			s.text[k] = v
		case []any:
			if k == "months" {
				for _, m := range v {
					s.months = append(s.months, fmt.Sprint(m))
				}
			}
		}
	}
	if len(s.months) != 12 {
		return nil, fmt.Errorf("%s: months must list 12 names", name)
	}
	s.format = s.text["date_format"]
	return s, nil
}

// T returns the string for key with {name} placeholders replaced by the
// following name/value pairs. A missing key gives the key itself, so a
// gap in a theme shows without breaking the page.
func (s *Strings) T(key string, args ...any) string {
	text, ok := s.text[key]
	if !ok {
		return key
	}
	for i := 0; i+1 < len(args); i += 2 {
		text = strings.ReplaceAll(text, "{"+argText(args[i])+"}", argText(args[i+1]))
	}
	return text
}

// argText is a as fmt.Sprint prints it, without fmt for the usual
// strings and numbers.
func argText(a any) string {
	switch v := a.(type) {
	case string:
		return v
	case int:
		return strconv.Itoa(v)
	}
	return fmt.Sprint(a)
}

// Date formats t in the language's long form ("5. März 2024").
func (s *Strings) Date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	var d calendarDay
	d.year, d.month, d.day = t.Date()
	if text, ok := s.dates.Load(d); ok {
		return text.(string)
	}
	out := strings.Replace(s.format, "{day}", strconv.Itoa(d.day), 1)
	out = strings.Replace(out, "{month}", s.months[d.month-1], 1)
	out = strings.Replace(out, "{year}", strconv.Itoa(d.year), 1)
	s.dates.Store(d, out)
	return out
}

// DateOf formats a date written 2006-01-02 (as views hold dates) like
// Date; anything else it returns as it is.
func (s *Strings) DateOf(date string) string {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return date
	}
	return s.Date(t)
}

// Count returns "1 Beitrag" or "n Beiträge".
func (s *Strings) Count(n int) string { return s.Plural(n, "post") }

// Plural returns the string key_one for n == 1 and key_many otherwise,
// with {n} replaced: Plural(3, "tandem") gives "3 Tandems".
func (s *Strings) Plural(n int, key string) string {
	if n == 1 {
		return s.T(key+"_one", "n", n)
	}
	return s.T(key+"_many", "n", n)
}
