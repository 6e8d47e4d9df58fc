package scaffold

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/messages"
)

// InitFields are the values tandem init asks for, by their flag names, in
// the order it asks.
func InitFields() []string {
	return []string{"language", "title", "organisation", "base-url", "round"}
}

// field returns the value of req that the flag name stands for.
func (req *Programme) field(name string) *string {
	switch name {
	case "language":
		return &req.Language
	case "title":
		return &req.Title
	case "organisation":
		return &req.Organisation
	case "base-url":
		return &req.BaseURL
	case "round":
		return &req.Round
	}
	return nil
}

// question returns what tandem init asks for the field name.
func question(name string) diag.Text {
	switch name {
	case "language":
		return diag.T("Language of the site (de or en)")
	case "title":
		return diag.T("Title of the programme")
	case "organisation":
		return diag.T("Organisation (may stay empty)")
	case "base-url":
		return diag.T("Address the site will have (base URL)")
	}
	return diag.T("Id of the first round")
}

// Ask asks on w for each of the fields named (InitFields gives them all,
// in order) and reads the answers from r, one a line. An empty answer
// takes the default shown in brackets; an answer Check refuses is asked
// again, up to three times. It stops with an error when r ends. The
// questions and what is wrong with an answer are in pr's language.
func (req *Programme) Ask(r io.Reader, w io.Writer, pr messages.Printer, fields []string) error {
	in := bufio.NewScanner(r)
	for _, name := range InitFields() {
		f := req.field(name)
		if f == nil || !slices.Contains(fields, name) {
			continue
		}
		if err := req.askOne(in, w, pr, name, f); err != nil {
			return err
		}
	}
	return nil
}

// askOne asks for one field until its answer is accepted.
func (req *Programme) askOne(in *bufio.Scanner, w io.Writer, pr messages.Printer, name string, f *string) error {
	def := *req.field(name)
	if def == "" {
		d := InitDefaults(req.Language)
		def = *d.field(name)
	}
	for try := 0; try < 3; try++ {
		q := question(name).In(pr)
		if def != "" {
			fmt.Fprintf(w, "%s [%s]: ", q, diag.Printable(def))
		} else {
			fmt.Fprintf(w, "%s: ", q)
		}
		if !in.Scan() {
			fmt.Fprintln(w)
			if err := in.Err(); err != nil {
				return err
			}
			return fail(diag.T("give the values as flags (tandem init --help lists them)"), diag.T("no answer: the input ended"))
		}
		answer := strings.TrimSpace(in.Text())
		if answer == "" {
			answer = def
		}
		*f = answer
		err := req.Check()
		if err == nil {
			return nil
		}
		var mistake *diag.Failure
		if errors.As(err, &mistake) {
			fmt.Fprintf(w, "  %s\n", diag.Printable(mistake.Text.In(pr)))
		} else {
			fmt.Fprintf(w, "  %s\n", diag.Printable(err.Error()))
		}
	}
	return fail(diag.T("give it as a flag: --%s", name), diag.T("no usable answer for --%s", name))
}
