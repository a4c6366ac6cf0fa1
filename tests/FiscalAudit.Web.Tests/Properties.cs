// The web tests start whole applications with their own workers: one at a time on this 2-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
