package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/tandem-mentoring/tandem/internal/synthetic"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tandem-gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	posts := fs.Int("posts", 1000, "how many posts to make")
	out := fs.String("out", "", "the folder to write the tandem site to (required)")
	seed := fs.Uint64("seed", 1, "selects the site; the same seed gives the same files")
	tags := fs.Int("tags", 300, fmt.Sprintf("how many tags the site has (at most %d)", synthetic.MaxTags))
	perPost := fs.Int("tags-per-post", 0, "how many tags every post has (0: two to five)")
	hugo := fs.String("hugo", "", "also write the same content as a Hugo site to this folder")
	legacy := fs.Bool("hugo-legacy", false, "write the Hugo site for Hugo before 0.146 (e.g. Debian 12's 0.111)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: tandem-gen -posts N -out DIR [-seed S] [-tags N] [-tags-per-post K] [-hugo DIR [-hugo-legacy]]")
		return 2
	}
	site, err := synthetic.Plan(synthetic.Options{Posts: *posts, Seed: *seed, Tags: *tags, TagsPerPost: *perPost})
	if err != nil {
		fmt.Fprintln(stderr, "tandem-gen:", err)
		return 2
	}
	if err := site.WriteTandem(synthetic.NewDir(*out)); err != nil {
		fmt.Fprintln(stderr, "tandem-gen:", err)
		return 1
	}
	fmt.Fprintf(stdout, "tandem site: %s → %s\n", site, *out)
	if *hugo != "" {
		if err := site.WriteHugo(synthetic.NewDir(*hugo), *legacy); err != nil {
			fmt.Fprintln(stderr, "tandem-gen:", err)
			return 1
		}
		fmt.Fprintf(stdout, "Hugo site: %s → %s\n", site, *hugo)
	}
	return 0
}
