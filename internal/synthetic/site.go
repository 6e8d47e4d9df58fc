package synthetic

import (
	"fmt"
	"path"
	"time"
)

// Options says which site to make.
type Options struct {
	// Posts is how many posts the site has (at least 1).
	Posts int
	// Seed selects one of many possible sites; the same seed and number
	// of posts always give the same site.
	Seed uint64
	// Tags is the size of the tag vocabulary; 0 means 300, at most
	// MaxTags.
	Tags int
	// TagsPerPost is how many tags every post carries; 0 means two to
	// five, drawn per post. It must be below Tags.
	TagsPerPost int
}

// MaxTags is the largest tag vocabulary Plan can make: the topics, the
// nouns, and every adjective with every noun.
const MaxTags = 2500

// Site is a planned site: the programme, its tandems and every post's
// front matter. Post bodies are made on demand by Body, so even a large
// site needs little memory.
type Site struct {
	Seed         uint64
	Title        string
	Description  string
	BaseURL      string
	Organisation string
	PageSize     int
	Topics       []string
	Rounds       []Round
	// People are sorted by key.
	People    []Person
	Reviewers []string
	Tandems   []Tandem
	// Tags are every tag name a post may carry.
	Tags  []string
	Posts []Post

	vocab       *vocabulary
	tagsPerPost int // 0: two to five
}

// Round is one programme round of about six months.
type Round struct {
	ID, Title  string
	Start, End time.Time
	Summary    string
}

// Person is someone named in programme.yaml.
type Person struct {
	Key, Name, Role, Department string
}

// Tandem is one or two mentors with a mentee in one round.
type Tandem struct {
	ID, Round string
	Mentors   []string
	Mentee    string
	Topics    []string
	Goals     []string
	Cadence   string
}

// Post is one post's front matter and where it goes.
type Post struct {
	// Index is the post's place in Site.Posts; it seeds its body.
	Index int
	Round string
	// Tandem is set for diary posts, which name it instead of the round.
	Tandem  string
	Kind    string
	Title   string
	Slug    string
	Date    time.Time
	Authors []string
	Tags    []string
	// Summary is an explicit summary, or "" for the first paragraph.
	Summary string
	// Bundle posts are a folder with index.md and an image.
	Bundle bool
	// Reviewer approved the post at ApprovedAt.
	Reviewer   string
	ApprovedAt time.Time
	// Links are the indexes of the posts this one links to.
	Links []int
}

// BundleImage is the name of the image every bundle post carries.
const BundleImage = "tafelbild.png"

// Name is the file or bundle name: the date, then the slug.
func (p *Post) Name() string { return p.Date.Format("2006-01-02") + "-" + p.Slug }

// Dir is the post's folder below the site root: its round's folder, or
// for a bundle the bundle folder itself.
func (p *Post) Dir() string {
	dir := path.Join("content/posts", p.Round)
	if p.Bundle {
		return path.Join(dir, p.Name())
	}
	return dir
}

// Path is the post's Markdown file below the site root.
func (p *Post) Path() string {
	if p.Bundle {
		return path.Join(p.Dir(), "index.md")
	}
	return path.Join(p.Dir(), p.Name()+".md")
}

// Person returns the person with key, or nil.
func (s *Site) Person(key string) *Person {
	for i := range s.People {
		if s.People[i].Key == key {
			return &s.People[i]
		}
	}
	return nil
}

// Tandem returns the tandem with id, or nil.
func (s *Site) Tandem(id string) *Tandem {
	for i := range s.Tandems {
		if s.Tandems[i].ID == id {
			return &s.Tandems[i]
		}
	}
	return nil
}

// String summarises the site's size in one line.
func (s *Site) String() string {
	return fmt.Sprintf("%d posts, %d rounds, %d tandems, %d people, %d tags", len(s.Posts), len(s.Rounds), len(s.Tandems), len(s.People), len(s.Tags))
}
