package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"slices"

	"herald/internal/enrich"
	"herald/internal/htmltext"
	"herald/internal/model"
	"herald/internal/store"
)

// StageEnrich is the name of the understanding stage.
const StageEnrich = "enrich"

// Enricher finds each article's hashtags, entities, quotes and key points,
// offline, or with the LLM when one is configured.
type Enricher struct {
	Store  store.Store
	LLM    enrich.LLM // nil: offline only
	Logger *slog.Logger
}

// Name implements jobs.Stage.
func (e *Enricher) Name() string { return StageEnrich }

// Run implements jobs.Stage.
func (e *Enricher) Run(ctx context.Context, articleID int64) error {
	ents, err := e.enrich(ctx, articleID, false)
	if err != nil {
		return err
	}
	if err := e.resettleGuesses(ctx, articleID, ents); err != nil {
		return err
	}
	return e.rejoinShortNames(ctx, articleID, ents)
}

// enrich understands one article and stores the result, returning the
// entities stored. again says another article's reading sent it back
// (resettleGuesses, rejoinShortNames): what changes then is its entities
// and tags, so it keeps its stored key points and does not call the LLM,
// whose budget and failures belong to new articles. Understood again for
// any other reason, an article keeps the key points the LLM wrote for it
// when the LLM fails this time (or its cost cap is reached): the offline
// ones would replace better ones, silently.
func (e *Enricher) enrich(ctx context.Context, articleID int64, again bool) ([]model.Entity, error) {
	doc, err := Document(ctx, e.Store, articleID)
	if err != nil {
		return nil, err
	}
	keys := enrich.TermKeys(doc)
	df, total, err := e.Store.DocumentFrequencies(ctx, keys)
	if err != nil {
		return nil, err
	}
	opts := enrich.Options{Stats: &enrich.DocFreqs{N: total, DF: df}, LLM: e.LLM, Logger: e.Logger}
	if again {
		opts.LLM = nil
	}
	var stored *model.Enrichment
	if again || e.LLM != nil {
		if stored, err = e.Store.Enrichment(ctx, articleID); err != nil && !errors.Is(err, model.ErrNotFound) {
			return nil, err
		}
	}
	res, err := enrich.Enrich(ctx, doc, opts)
	if errors.Is(err, enrich.ErrEmptyDocument) {
		// Nothing to understand (a headline-only entry): record that, so
		// the article moves on through the pipeline.
		return nil, e.Store.SaveEnrichment(ctx, &model.Enrichment{ArticleID: articleID, Language: doc.Language})
	}
	if err != nil {
		return nil, fmt.Errorf("enrich article %d: %w", articleID, err)
	}
	out := &model.Enrichment{ArticleID: articleID, Language: res.Language, Summary: res.Summary,
		SummarySource: res.SummarySource, SummaryOf: textOf(doc), TermKeys: keys}
	if keepStoredSummary(stored, out, again) {
		out.Summary, out.SummarySource, out.SummaryOf = stored.Summary, stored.SummarySource, stored.SummaryOf
	}
	for _, k := range res.Keyphrases {
		out.Keyphrases = append(out.Keyphrases, k.Text)
	}
	for _, h := range res.Hashtags {
		if slug := enrich.HashtagKey(h); slug != "" {
			out.Tags = append(out.Tags, model.Tag{Slug: slug, Name: h})
		}
	}
	for _, en := range res.Entities {
		out.Entities = append(out.Entities, model.Entity{Key: en.Key, Name: en.Name, Type: string(en.Type),
			Aliases: en.Aliases, Mentions: en.Mentions, Evidence: en.Evidence})
	}
	known, err := knownElsewhere(ctx, e.Store, articleID, res.Unsure)
	if err != nil {
		return nil, fmt.Errorf("enrich article %d: %w", articleID, err)
	}
	out.Entities = append(out.Entities, known...)
	if out.Entities, err = settleEntityTypes(ctx, e.Store, articleID, out.Entities); err != nil {
		return nil, fmt.Errorf("enrich article %d: %w", articleID, err)
	}
	if out.Entities, out.Tags, err = joinShortNames(ctx, e.Store, articleID, res.Language, out.Entities,
		plainlyNamed(doc, unknown(res.Unsure, known)), out.Tags); err != nil {
		return nil, fmt.Errorf("enrich article %d: %w", articleID, err)
	}
	for _, q := range res.Quotes {
		out.Quotes = append(out.Quotes, model.Quote{Text: q.Text, Speaker: q.Speaker})
	}
	// A wire copy enriched again (re-extraction, a settled guess) keeps
	// wearing its original's tags, as placement gave them (see shareTags).
	copyOf := int64(0)
	if p, err := e.Store.Placement(ctx, articleID); err == nil && p.DuplicateOf != 0 {
		copyOf = p.DuplicateOf
		if orig, err := e.Store.Enrichment(ctx, p.DuplicateOf); err == nil && len(orig.Tags) > 0 {
			out.Tags = slices.Clone(orig.Tags)
		}
	}
	if err := e.Store.SaveEnrichment(ctx, out); err != nil {
		return nil, err
	}
	if copyOf == 0 {
		return out.Entities, e.retagCopies(ctx, articleID, out.Tags)
	}
	return out.Entities, nil
}

// retagCopies gives an original's new tags to its recorded wire copies,
// which otherwise keep the ones placement gave them until placed again.
func (e *Enricher) retagCopies(ctx context.Context, articleID int64, tags []model.Tag) error {
	if len(tags) == 0 {
		return nil
	}
	copies, err := e.Store.Copies(ctx, articleID)
	if err != nil {
		return fmt.Errorf("copies of article %d: %w", articleID, err)
	}
	for _, c := range copies {
		if err := e.Store.SetTags(ctx, c.ID, slices.Clone(tags)); err != nil && !errors.Is(err, model.ErrNotFound) {
			return fmt.Errorf("tags of copy %d: %w", c.ID, err)
		}
	}
	return nil
}

// keepStoredSummary reports whether an article understood again keeps its
// stored key points over the fresh ones: when another article's reading
// sent it back (again), and when the LLM wrote them for the same text but
// failed this time.
func keepStoredSummary(stored, fresh *model.Enrichment, again bool) bool {
	if stored == nil || len(stored.Summary) == 0 {
		return false
	}
	return again || fresh.SummarySource != "llm" && stored.SummarySource == "llm" && stored.SummaryOf == fresh.SummaryOf
}

// textOf identifies the text key points are made from.
func textOf(doc enrich.Document) string {
	h := sha256.Sum256([]byte(doc.Title + "\n" + doc.Text))
	return hex.EncodeToString(h[:8])
}

// Document is the text later stages (and answers) read: the extracted
// content when there is some, else the feed's own.
func Document(ctx context.Context, st store.Store, articleID int64) (enrich.Document, error) {
	a, err := st.Article(ctx, articleID)
	if err != nil {
		return enrich.Document{}, err
	}
	return documentOf(ctx, st, a)
}

// documentOf is Document for an article already read.
func documentOf(ctx context.Context, st store.Store, a *model.Article) (enrich.Document, error) {
	doc := enrich.Document{Title: a.Title, Language: a.Language, Publisher: a.SourceName,
		Standfirst: htmltext.Plain(a.Summary, 0)}
	c, err := st.Content(ctx, a.ID)
	switch {
	case err == nil && c.Text != "":
		doc.Text = c.Text
		if c.Language != "" {
			doc.Language = c.Language
		}
		if c.SiteName != "" {
			doc.Publisher = c.SiteName
		}
	case err == nil || errors.Is(err, model.ErrNotFound):
		doc.Text = htmltext.Plain(a.ContentHTML, 0)
		if doc.Text == "" {
			doc.Text = htmltext.Plain(a.Summary, 0)
		}
	default:
		return enrich.Document{}, err
	}
	return doc, nil
}
