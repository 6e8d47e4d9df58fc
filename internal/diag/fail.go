package diag

// Failure is an error worded as a catalogue sentence, for a mistake that
// has no place in a file (a flag's value, the output folder), so that the
// command line can say it in the reader's language.
type Failure struct {
	// Text says what is wrong, and what to do.
	Text Text
	// Err is the error it wraps, if any.
	Err error
}

// Fail returns a *Failure saying t, wrapping err when one is given.
func Fail(t Text, err ...error) error {
	f := &Failure{Text: t}
	if len(err) > 0 {
		f.Err = err[0]
	}
	return f
}

// Error returns the sentence in English.
func (f *Failure) Error() string { return f.Text.String() }

// Unwrap returns the wrapped error, or nil.
func (f *Failure) Unwrap() error { return f.Err }

// TextOf returns err's sentence: its Text when it is a *Failure, else
// its English words as they are.
func TextOf(err error) Text {
	if f, ok := err.(*Failure); ok {
		return f.Text
	}
	return Verbatim(err.Error())
}
