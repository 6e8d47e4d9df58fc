package server_test

import (
	"fmt"
	"net/http/httptest"
	"strings"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/server"
)

func Example() {
	s := server.New(server.Options{BasePath: "/mentoring/", Hosts: []string{"127.0.0.1", "localhost", "[::1]"}})
	defer s.Close()
	get := func(target string) {
		r := httptest.NewRequest("GET", target, nil)
		r.Host = "localhost:1313"
		w := httptest.NewRecorder()
		s.Handler().ServeHTTP(w, r)
		fmt.Println(strings.TrimSpace(fmt.Sprintln(target, w.Code, w.Header().Get("Location"))))
	}

	// The first build succeeds.
	s.Publish(server.Update{Site: fstest.MapFS{"posts/x/index.html": {Data: []byte("<p>x")}}})
	get("/mentoring/posts/x/")
	get("/mentoring/posts/x")

	// The next one fails: the old site stays, the tabs show the problem.
	s.Publish(server.Update{Problems: []diag.Problem{{
		Pos: diag.Pos{Path: "content/posts/x.md", Line: 3, Col: 7}, Code: "unknown-tandem", Msg: `tandem "t9" is not defined`,
	}}})
	get("/mentoring/posts/x/")
	get("/mentoring/.env")
	// Output:
	// /mentoring/posts/x/ 200
	// /mentoring/posts/x 301 /mentoring/posts/x/
	// /mentoring/posts/x/ 200
	// /mentoring/.env 404
}
