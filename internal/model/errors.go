package model

import "errors"

// Application errors. Adapters wrap these with %w; the HTTP layer maps them
// to status codes in one place.
var (
	ErrNotFound = errors.New("not found")
	ErrConflict = errors.New("already exists")
	ErrInvalid  = errors.New("invalid input")
)
