// Package server is the development server of `tandem serve`.
//
// It sits beside the pipeline (load -> validate -> review gate -> model ->
// render -> write), next to watch, and knows nothing of it: cmd/tandem
// builds the site into a folder, then hands the result to Publish after
// every rebuild. The server answers HTTP requests from the last good site,
// swapping whole sites at once so a reader sees either the old site or the
// new one, never a mix.
//
// Every HTML page it serves gets a small script (served at
// {BasePath}_tandem/live.js) added at serve time, carrying the build id of
// the site the page came from; the files on disk are never changed. The
// script listens to {BasePath}_tandem/events (Server-Sent Events): it
// reloads the tab when its page changed (or when it connects and finds a
// newer build) and shows the problems of a failed build over the page
// until the next good build.
//
// Wiring, in cmd/tandem: serve s.Handler() from an http.Server bound to
// loopback with Options.Hosts set, register s.Close with
// http.Server.RegisterOnShutdown so Shutdown does not wait for open event
// streams, and give Publish an os.Root-backed fs.FS of the output folder.
//
// The server is meant for loopback: with Options.Hosts set it refuses
// requests for other host names (DNS rebinding) and foreign origins on the
// event stream, and it never serves a file outside the site, a dotfile or
// a path with traversal tricks in it.
package server
