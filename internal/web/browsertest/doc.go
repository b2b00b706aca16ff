// Package browsertest drives the reader site in Debian's Chromium through
// chromedp: home → story → article, every article block, the ask box, search
// and the theme switch, with screenshots. It has only tests; see
// browser_test.go for how Chromium is found.
package browsertest
