// Package enrich derives what a reader wants to know about an article from
// its text: language, ranked keyphrases and hashtags, named entities with
// their aliases, quotations with their speakers, a short summary, and
// answers to questions, each pointing at the sentence it came from.
//
// Everything works offline with rules, small read-only tables and document
// statistics; no model is downloaded. When Options carries an LLM, summaries
// and answers may be written by it instead, and any failure of the model
// falls back silently to the offline methods.
//
// Entities and quotes are tuned for English. French gets the same
// capitalised-sequence heuristic plus guillemets and French speech verbs;
// Arabic gets quotation spans without entity extraction, since Arabic script
// has no capitals to anchor names on.
package enrich
