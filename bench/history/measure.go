package main

import (
	"context"
	"fmt"
	"syscall"
	"time"

	"github.com/tandem-mentoring/tandem/internal/history"
)

// measure reads the history of the site n times and prints, per read, the
// wall time, the processor time of this process and of the git processes
// it ran, and how many posts' decisions it found.
func measure(site string, n int) error {
	for i := range n {
		self0, kids0 := cpu(syscall.RUSAGE_SELF), cpu(syscall.RUSAGE_CHILDREN)
		start := time.Now()
		h, err := history.Read(context.Background(), site)
		if err != nil {
			return err
		}
		if h == nil {
			return fmt.Errorf("%s is not in a git work tree; make its history first", site)
		}
		wall := time.Since(start)
		self, kids := cpu(syscall.RUSAGE_SELF)-self0, cpu(syscall.RUSAGE_CHILDREN)-kids0
		fmt.Printf("read %d: %.2f s wall, %.2f s CPU in tandem, %.2f s CPU in git\n",
			i+1, wall.Seconds(), self.Seconds(), kids.Seconds())
	}
	return nil
}

// cpu is the user and system time of who so far.
func cpu(who int) time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(who, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
