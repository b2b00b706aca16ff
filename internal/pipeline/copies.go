package pipeline

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"herald/internal/model"
)

// shareTags gives a wire copy its original's hashtags. The texts are one,
// but each was tagged against the corpus statistics of the hour it came
// in, so a reprint could be #HarbourBridge where its original was #Bridge
// and a tag page would gather some printings of a story but not others.
// Either article not enriched yet (an empty text) leaves the copy as it
// is.
func (sp *StoryPlacer) shareTags(ctx context.Context, copyID, originalID int64) error {
	orig, err := sp.store.Enrichment(ctx, originalID)
	if errors.Is(err, model.ErrNotFound) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("tags of original %d: %w", originalID, err)
	}
	c, err := sp.store.Enrichment(ctx, copyID)
	if errors.Is(err, model.ErrNotFound) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("tags of copy %d: %w", copyID, err)
	}
	if len(orig.Tags) == 0 || slices.Equal(c.Tags, orig.Tags) {
		return nil
	}
	// Only the tags change: saving the whole enrichment read back would
	// drop what Enrichment does not return (the evidence of entity links)
	// and overwrite an enrichment stored since it was read.
	err = sp.store.SetTags(ctx, copyID, slices.Clone(orig.Tags))
	if err != nil && !errors.Is(err, model.ErrNotFound) {
		return fmt.Errorf("share tags with copy %d: %w", copyID, err)
	}
	return nil
}
