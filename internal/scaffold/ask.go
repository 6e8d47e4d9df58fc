package scaffold

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
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

// questions are what tandem init asks for each field.
var questions = map[string]string{
	"language":     "Language of the site (de or en)",
	"title":        "Title of the programme",
	"organisation": "Organisation (may stay empty)",
	"base-url":     "Address the site will have (base URL)",
	"round":        "Id of the first round",
}

// Ask asks on w for each of the fields named (InitFields gives them all,
// in order) and reads the answers from r, one a line. An empty answer
// takes the default shown in brackets; an answer Check refuses is asked
// again, up to three times. It stops with an error when r ends.
func (req *Programme) Ask(r io.Reader, w io.Writer, fields []string) error {
	in := bufio.NewScanner(r)
	for _, name := range InitFields() {
		f := req.field(name)
		if f == nil || !slices.Contains(fields, name) {
			continue
		}
		if err := req.askOne(in, w, name, f); err != nil {
			return err
		}
	}
	return nil
}

// askOne asks for one field until its answer is accepted.
func (req *Programme) askOne(in *bufio.Scanner, w io.Writer, name string, f *string) error {
	def := *req.field(name)
	if def == "" {
		d := InitDefaults(req.Language)
		def = *d.field(name)
	}
	for try := 0; try < 3; try++ {
		if def != "" {
			fmt.Fprintf(w, "%s [%s]: ", questions[name], def)
		} else {
			fmt.Fprintf(w, "%s: ", questions[name])
		}
		if !in.Scan() {
			fmt.Fprintln(w)
			if err := in.Err(); err != nil {
				return err
			}
			return errors.New("no answer: the input ended")
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
		fmt.Fprintf(w, "  %v\n", err)
	}
	return fmt.Errorf("no usable answer for --%s", name)
}
