// Command tandem-gen makes up a tandem site of any size for benchmarks,
// and optionally the same content as a Hugo site:
//
//	tandem-gen -posts 10000 -out /tmp/site [-seed 1] [-tags 300] [-tags-per-post K]
//	           [-hugo /tmp/hugo-site [-hugo-legacy]]
//
// The flags are parsed here; the sites are made by internal/synthetic.
package main
