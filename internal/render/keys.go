package render

// keyVersion goes first into every key. Raise it when a key method
// changes what it writes, so no key of the old form can equal a new one.
const keyVersion = 2

// A page's key is a hash of every field of its view, written by the
// view's key method below: one line per field, each value with its
// length. Two pages with the same key get the same bytes from the same
// renderer, so a page whose key did not change since the last render is
// not executed again (cache.go). A field added to a view must be added
// to its key method; TestKeysCoverEveryField fails until it is.
//
// Three kinds of field are covered another way, each because it is made
// from fields the key covers:
//   - T, Head, Header, Footer, TandemAside, DiaryItems and TagItems of a
//     Page, and Card.HTML, come from the
//     theme, which the renderer's fingerprint (in every key) covers, and
//     from the view's other fields;
//   - Content and Nested of a PostView are the post's converted
//     Markdown, covered by the hash of what it was converted from
//     (bodyInput.key), kept beside them;
//   - a Card, PostList, PostView, RoundView and ProgrammeView are sealed
//     when made:
//     their key is computed once per render and the keys of the pages
//     showing them take it.

func (l Link) key(k *keyer) { k.str(l.Name).str(l.Href) }

func linkKey(k *keyer, l *Link) {
	if k.present(l != nil) {
		l.key(k)
	}
}

func linksKey(k *keyer, ls []Link) {
	k.int(len(ls))
	for _, l := range ls {
		l.key(k)
	}
}

// seal computes the programme view's key; programmeView calls it once
// per render.
func (p *ProgrammeView) seal(ks *keying) {
	k := ks.keyer().str("programme")
	p.key(k)
	p.sum = k.sum()
}

func (p *ProgrammeView) key(k *keyer) {
	k.str(p.Title).str(p.Organisation).str(p.Description).strs(p.Topics).str(p.Language).str(p.BaseURL)
	k.str(p.Contact.Name).str(p.Contact.Email)
	imageKey(k, p.Logo)
	imageKey(k, p.HeaderImage)
	k.str(p.Colour).str(p.ColourInk).str(p.Accent).str(p.AccentDark).str(p.Favicon).str(p.FaviconType)
}

// imageKey adds an optional picture.
func imageKey(k *keyer, i *ImageView) {
	if k.present(i != nil) {
		k.str(i.Src).str(i.Abs).int(i.Width).int(i.Height).str(i.Srcset).str(i.Sizes)
	}
}

func (n Nav) key(k *keyer) {
	k.bool(n.Rounds).bool(n.Tandems).bool(n.Tags).bool(n.Authors).bool(n.Review)
}

// cardKey is the key of every field of c but HTML, which is made from
// them.
func (c *Card) cardKey(ks *keying) Key {
	k := ks.keyer().str("card").str(c.Title).str(c.Href).str(c.DateISO).str(c.DateText).str(c.Kind).str(c.KindText)
	k.str(c.State).str(c.StateText).bool(c.Unpublished)
	linksKey(k, c.Authors)
	linkKey(k, c.Round)
	linkKey(k, c.Tandem)
	linksKey(k, c.Tags)
	k.str(c.Excerpt).int(c.ReadMinutes)
	imageKey(k, c.Image)
	return k.sum()
}

// seal computes the card's key; sealCard calls it once, when the card
// is made.
func (c *Card) seal(ks *keying) { c.sum = c.cardKey(ks) }

// seal computes the list's key from its cards' keys.
func (l *PostList) seal(ks *keying) {
	k := ks.keyer().str("list").int(len(l.Posts))
	for _, c := range l.Posts {
		k.key(c.sum)
	}
	l.sum = k.sum()
}

// seal computes the view's key from the key of its card (cardOf), which
// covers every field the two share, and the fields only the view has.
func (v *PostView) seal(ks *keying) {
	c := cardOf(v, ks)
	v.sealWith(ks, c.sum)
}

// sealWith computes the view's key from card, the key of its card
// (cardOf(v).sum): views calls it with the card it makes anyway.
func (v *PostView) sealWith(ks *keying, card Key) {
	k := ks.keyer().str("post").key(card)
	v.key(k)
	v.sum = k.sum()
}

// key writes every field of v that its card lacks, but Content and
// Nested, which the body's key covers.
func (v *PostView) key(k *keyer) {
	k.key(v.body)
	linkKey(k, v.Prev)
	linkKey(k, v.Next)
	k.strs(v.Highlights)
	if k.present(v.Review != nil) {
		v.Review.key(k)
	}
}

func (r *ReviewView) key(k *keyer) {
	k.str(r.Path).str(r.Reason).str(r.ApprovedBy).str(r.ApprovedAt).bool(r.ChangesRequested).str(r.ChangesBy).str(r.ChangesAt).str(r.ChangesNote).int(r.WaitingDays).str(string(r.Changes))
}

func (p *Pager) key(k *keyer) { k.int(p.Number).int(p.Total).str(p.PrevURL).str(p.NextURL) }

// seal computes the round's key; roundView calls it once per render.
func (r *RoundView) seal(ks *keying) {
	k := ks.keyer().str("round")
	r.key(k)
	r.sum = k.sum()
}

func (r *RoundView) key(k *keyer) {
	k.str(r.ID).str(r.Title).str(r.Href).str(r.Summary).str(r.Start).str(r.End).str(r.StartText).str(r.EndText).int(r.PostCount)
	k.int(len(r.Tandems))
	for i := range r.Tandems {
		r.Tandems[i].key(k)
	}
}

func (t *TandemView) key(k *keyer) {
	k.str(t.ID).str(t.Name).str(t.Href)
	linkKey(k, t.Round)
	if k.present(t.Mentee != nil) {
		t.Mentee.key(k)
	}
	k.int(len(t.Mentors))
	for i := range t.Mentors {
		t.Mentors[i].key(k)
	}
	k.strs(t.Topics).int(len(t.Goals))
	for _, g := range t.Goals {
		k.str(g.Text).str(g.Status).str(g.StatusText).str(g.Note)
	}
	k.str(t.Cadence).int(t.DiaryCount)
}

func (p *PersonView) key(k *keyer) {
	k.str(p.Key).str(p.Name).str(p.Department).str(p.Href).int(p.PostCount)
}

func (t *TagView) key(k *keyer) { k.str(t.Name).str(t.Href).int(t.PostCount) }

func (d *Dashboard) key(k *keyer) {
	k.int(d.Published).int(len(d.Groups))
	for _, g := range d.Groups {
		k.str(g.State).str(g.StateText).int(len(g.Posts))
		for _, e := range g.Posts {
			k.str(e.Title).str(e.Href).str(e.DateText).str(e.Round).str(e.Tandem)
			linksKey(k, e.Authors)
			e.Review.key(k)
			linksKey(k, e.Files)
		}
	}
}

// pageKey is the key of p as the renderer with fingerprint print renders
// it.
func (p *Page) pageKey(ks *keying, print [32]byte) Key {
	k := ks.keyer().str("page").sum32(print).key(p.Programme.sum)
	k.bool(p.Preview).str(p.Base)
	p.Nav.key(k)
	k.str(p.Kind).str(p.Title).str(p.URL).str(p.Description).bool(p.NoIndex).str(p.Feed)
	if k.present(p.Post != nil) {
		k.key(p.Post.sum)
	}
	cardsKey(k, p.Posts)
	k.int(len(p.Pinned))
	for _, v := range p.Pinned {
		k.key(v.sum)
	}
	k.int(len(p.Later))
	for _, c := range p.Later {
		k.key(c.sum)
	}
	if k.present(p.Pager != nil) {
		p.Pager.key(k)
	}
	roundKey(k, p.Round)
	optional(k, p.Tandem)
	optional(k, p.Tag)
	optional(k, p.Author)
	roundKey(k, p.Current)
	k.int(len(p.Rounds))
	for i := range p.Rounds {
		k.key(p.Rounds[i].sum)
	}
	k.int(len(p.Tags))
	for i := range p.Tags {
		p.Tags[i].key(k)
	}
	k.int(len(p.Authors))
	for i := range p.Authors {
		p.Authors[i].key(k)
	}
	linksKey(k, p.Topics)
	linksKey(k, p.Diary)
	cardsKey(k, p.Related)
	k.key(p.AllPosts.sum)
	optional(k, p.Dashboard)
	if k.present(p.Report != nil) {
		k.key(p.Report.sum)
	}
	if k.present(p.ProgrammeReport != nil) {
		k.key(p.ProgrammeReport.sum)
	}
	return k.sum()
}

// cardsKey adds the keys of a list of cards.
func cardsKey(k *keyer, cards []*Card) {
	k.int(len(cards))
	for _, c := range cards {
		k.key(c.sum)
	}
}

// roundKey adds an optional round's key.
func roundKey(k *keyer, r *RoundView) {
	if k.present(r != nil) {
		k.key(r.sum)
	}
}

// keyed is a view with a key method.
type keyed interface{ key(*keyer) }

// optional adds an optional view: whether it is there, and its key.
func optional[V any, P interface {
	*V
	keyed
}](k *keyer, v P) {
	if k.present(v != nil) {
		v.key(k)
	}
}
