-- Articles waiting at a stage, earliest published first (ArticlesAtStage):
-- a covering search instead of sorting every waiting row.
CREATE INDEX articles_stage_sort ON articles (stage, sort_at, id);
