// Package pipeline adapts each processing package (extract, enrich,
// cluster) to a jobs.Stage: it loads what the stage needs from the store,
// calls the package's pure function, and saves the result. The packages
// themselves never see the database.
package pipeline
