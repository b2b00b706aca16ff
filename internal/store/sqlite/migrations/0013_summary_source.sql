-- Who wrote an article's key points: "llm" for the configured model,
-- "extractive" for the offline method, '' when stored before this was kept.
-- Understanding an article again keeps the model's key points when the
-- model fails (or its cost cap is reached) rather than replace them.
ALTER TABLE article_enrichment ADD COLUMN summary_source TEXT NOT NULL DEFAULT '';
