// The machine has two cores: one site and one Chromium at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
