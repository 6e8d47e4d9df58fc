// Package browsertest starts a real headless Chromium for tests, through
// github.com/chromedp/chromedp.
//
// It sits beside the pipeline with serve: tests of the dev server (and of
// any rendered page) use it to check what a reader's browser does with the
// output, such as live reload and the problems overlay. New skips the test
// when Chromium is missing, unless CI=true, and records console errors and
// failed requests so a test can assert that none happened.
package browsertest
