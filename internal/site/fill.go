package site

import (
	"slices"
	"strings"
)

// fill makes every list of posts that the linker counted for at its
// size and adds the posts, newest first; diaries are left empty for
// linkDiaries, which fills them oldest first.
func (l *linker) fill() {
	total := 0
	for _, counts := range [][]int32{l.diaries, l.personPosts, l.tagPosts} {
		for _, n := range counts {
			total += int(n)
		}
	}
	free := make([]*Post, total)
	take := func(n int32) []*Post {
		if n == 0 {
			return nil
		}
		list := free[:0:n]
		free = free[n:]
		return list
	}
	for i, t := range l.s.Tandems {
		t.Diary = take(l.diaries[i])
	}
	for i, person := range l.persons {
		person.Posts = take(l.personPosts[i])
	}
	for i, tag := range l.tags {
		tag.Posts = take(l.tagPosts[i])
	}
	for _, post := range l.s.Posts {
		for _, a := range post.Authors {
			a.Posts = append(a.Posts, post)
		}
		for _, tag := range post.Tags {
			tag.Posts = append(tag.Posts, post)
		}
	}
}

// sortedTags gives the tags their addresses and returns them ordered by
// slug, numbered in that order.
func (l *linker) sortedTags() []*Tag {
	names := make([]string, len(l.tags))
	for i, tag := range l.tags {
		names[i] = tag.Slug
	}
	hrefs := addresses(l.s.BasePath, TagsRoot, names)
	for _, tag := range l.tags {
		tag.Href, tag.URL = hrefs.next()
	}
	slices.SortFunc(l.tags, func(a, b *Tag) int { return strings.Compare(a.Slug, b.Slug) })
	for i, tag := range l.tags {
		tag.Number = i
	}
	return l.tags
}

// linkDiaries fills every tandem's diary, oldest first (s.Posts from
// the last), and links each diary post to its neighbours.
func (s *Site) linkDiaries() {
	for _, post := range slices.Backward(s.Posts) {
		if t := post.Tandem; t != nil {
			if n := len(t.Diary); n > 0 {
				post.Prev, t.Diary[n-1].Next = t.Diary[n-1], post
			}
			t.Diary = append(t.Diary, post)
		}
	}
}
