package render

// keyVersion goes first into every key. Raise it when what a key is made
// of changes (the walk, a sealed view, a field skipped), so no key of the
// old form can equal a new one.
const keyVersion = 3

// A page's key is a hash of its view, written by the walk (keywalk.go):
// two pages with the same key get the same bytes from the same renderer,
// so a page whose key did not change since the last render is not
// executed again (cache.go). The sealed views below are keyed once when
// made, by the same walk over their fields.

// seal computes the programme view's key; programmeView calls it once
// per render.
func (p *ProgrammeView) seal(ks *keying) { p.sum = ks.sealOf("programme", p) }

// seal computes the card's key; cardOf calls it once, when the card is
// made.
func (c *Card) seal(ks *keying) { c.sum = ks.sealOf("card", c) }

// seal computes the list's key from its cards' keys.
func (l *PostList) seal(ks *keying) { l.sum = ks.sealOf("list", l) }

// seal computes the view's key; viewOf calls it once, when the view is
// made.
func (v *PostView) seal(ks *keying) { v.sum = ks.sealOf("post", v) }

// seal computes the round's key; roundView calls it once per render.
func (r *RoundView) seal(ks *keying) { r.sum = ks.sealOf("round", r) }

// seal computes the report's key; reportView calls it once per render.
func (v *ReportView) seal(ks *keying) { v.sum = ks.sealOf("report", v) }

// seal computes the report's key; programmeReportView calls it once per
// render.
func (v *ProgrammeReportView) seal(ks *keying) { v.sum = ks.sealOf("programme-report", v) }

// key writes a tandem's view, which its pages' inputs take.
func (t *TandemView) key(k *keyer) { k.view(t) }

// key writes a tag's view, which its list pages' inputs take.
func (t *TagView) key(k *keyer) { k.view(t) }

// key writes a person's view, which their list pages' inputs take.
func (p *PersonView) key(k *keyer) { k.view(p) }

// key writes the navigation state, which a page's frame takes.
func (n Nav) key(k *keyer) { k.view(&n) }

// pageKey is the key of p as the renderer with fingerprint print renders
// it.
func (p *Page) pageKey(ks *keying, print [32]byte) Key {
	return ks.keyer().str("page").sum32(print).view(p).sum()
}

// handKey writes the review dashboard by hand, the one view the walk
// does not write: it lists every post of a preview with its review
// record, keyed on every save, and written by hand it costs about 2.5 ms
// of CPU less per save on the bench site (BenchmarkKeysPerPage).
// TestKeysCoverEveryField checks that it writes every field.
func (d *Dashboard) handKey(k *keyer) {
	k.int(d.Published).int(len(d.Groups))
	for _, g := range d.Groups {
		k.str(g.State).str(g.StateText).int(len(g.Posts))
		for _, e := range g.Posts {
			k.str(e.Title).str(e.Href).str(e.DateText).str(e.Round).str(e.Tandem)
			links(k, e.Authors)
			r := &e.Review
			k.str(r.Path).str(r.Reason).str(r.ApprovedBy).str(r.ApprovedAt).bool(r.ChangesRequested).str(r.ChangesBy)
			k.str(r.ChangesAt).str(r.ChangesNote).int(r.WaitingDays).str(string(r.Changes))
			links(k, e.Files)
		}
	}
}

func links(k *keyer, ls []Link) {
	k.int(len(ls))
	for _, l := range ls {
		k.str(l.Name).str(l.Href)
	}
}
