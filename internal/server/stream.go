package server

import (
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"
)

// streamFile writes the file name of site, a file other than an HTML
// page, without reading it into memory first: with status 200 through
// http.ServeContent, which answers Range requests (206) and conditional
// ones (If-None-Match, If-Modified-Since: 304) from an ETag and the
// file's modification time; otherwise (a file that cannot seek) as it
// comes, with its length.
func (s *Server) streamFile(w http.ResponseWriter, r *http.Request, site *siteVersion, status int, name, ctype string) {
	f, err := site.fsys.Open(name)
	if err != nil {
		s.logOpenError(r, err)
		writePlain(w, r, http.StatusNotFound, "page not found")
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		writePlain(w, r, http.StatusNotFound, "page not found")
		return
	}
	w.Header().Set("Content-Type", ctype)
	content, seekable := f.(io.ReadSeeker)
	if status != http.StatusOK || !seekable {
		w.Header().Set("Content-Length", strconv.FormatInt(info.Size(), 10))
		w.WriteHeader(status)
		if r.Method != http.MethodHead {
			_, _ = io.Copy(w, f) // the client went away; nothing to do
		}
		return
	}
	w.Header().Set("ETag", etag(site, info.ModTime(), info.Size()))
	http.ServeContent(w, r, name, info.ModTime(), content)
}

// etag names one version of a file: by its modification time and size
// when it has a time (a file copied from the site or theme), else by the
// build it belongs to (a file generated in memory, fixed for the build).
func etag(site *siteVersion, mod time.Time, size int64) string {
	if mod.IsZero() {
		return fmt.Sprintf(`"%s-%x"`, site.id, size)
	}
	return fmt.Sprintf(`"%x-%x"`, mod.UnixNano(), size)
}
