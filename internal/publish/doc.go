// Package publish is the pipeline's last stage, write: it puts a rendered
// site into the output folder, and it is the only package that writes
// there. build runs the stages before it and hands it the pages (as
// render.Output) and the files to copy (render.Copy); cmd/tandem picks
// the folder (OutputFolder) and takes turns with other builds.
//
// What it promises:
//
//   - The destination is safe to replace (dest.go): never the file
//     system root, the home folder, the site folder, a folder holding it
//     or anything inside content/; the folders tandem picks itself
//     (public, .tandem/preview) may not be or pass through a symbolic
//     link, and a folder that became one since is refused.
//   - Only a folder tandem wrote is replaced, and never a file tandem did
//     not write (owner.go, manifest.go): tandem lists what it wrote in a
//     manifest beside the folder (ManifestFile), not in it, so the
//     published site holds nothing of tandem's. A folder holding a file
//     the manifest does not list (a .git, a file someone added) is
//     refused with the first few named; a folder an older tandem marked
//     (Marker) is taken as tandem's once. Until a swap is done the
//     manifest lists the old files and the new, so a build killed at any
//     moment leaves a list that covers the folder.
//   - Builds are atomic (stage.go, swap*.go): everything goes to a
//     staging folder beside the destination, marked with StagingMarker,
//     which is swapped in (an atomic exchange on Linux) only when the
//     whole build succeeded; a failed or killed build leaves the old
//     output as it was. The old output is removed after the swap, on one
//     goroutine per core and never through a link (remove*.go).
//   - Builds of the same destination take turns (lock*.go): an advisory
//     lock on a file beside it (LockFile), holding the writer's process
//     id. Write, Patch and Stage never wait for it silently but return a
//     BusyError, and the caller says who it waits for (TakeTurns). The
//     next build removes staging folders a killed build left, and only
//     those that are tandem's (stale.go).
//   - Bytes written are bytes loaded (copy.go): a bundle file is hashed
//     again when copied and refused when it changed (ChangedSinceLoad).
//
// Write writes a whole site; Stage lets a one-shot build stream pages
// into the staging folder as they are rendered; Patch brings a folder
// tandem serve writes up to date in place, file by file.
package publish
