// Package workers runs independent jobs on one goroutine per core. It
// sits below the pipeline (load -> validate -> review gate -> model ->
// render -> write): the load, render and write stages use it to spread per-file work; results
// go into slices indexed by job, so the output never depends on timing.
package workers
