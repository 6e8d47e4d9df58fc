// Package folder opens a folder so that no path can leave it, and reads
// and writes files in it with as few system calls as the system allows.
//
// It sits beside the pipeline: the commands open the site folder with it
// and hand its FS to load (and to every later stage that reads a file:
// theme templates, bundle and static files), and publish opens its staging
// folder with it to write the output.
//
// Every path is resolved inside the folder, never leaving it by ".." and
// never through a symbolic link, not even one that stays inside (ErrLink):
// a file checked once cannot be swapped for a link to another before it
// is read again. On Linux a file is opened in one system call
// (openat2 with RESOLVE_BENEATH and RESOLVE_NO_SYMLINKS), where an
// os.Root walks the path one folder at a time: for a site of 10,000
// posts that is tens of thousands of system calls fewer. A folder is
// listed from the kernel's directory entries, which carry each entry's
// type, where the os.Root's listing asks for every entry's details.
// Elsewhere, and for what the fast way leaves (folders, missing files, a
// kernel before 5.6), the os.Root does the work, after looking at each
// folder on the way for a link.
package folder
