# COINr 1.1.14's cost per replication of the weight uncertainty on its ASEM example (what
# `parindex composite --uncertainty N --noise 2:0.25,3:0.25` does on the same index), timed in the same hour as ours:
#   R_LIBS=LIB Rscript coinr-asem.R N
suppressPackageStartupMessages(library(COINr))
n <- as.integer(commandArgs(trailingOnly = TRUE)[1])
ex <- build_example_coin(quietly = TRUE)
set.seed(20240101)
noisy <- get_noisy_weights(w = ex$Meta$Weights$Original, noise_specs = data.frame(Level = c(2, 3), NoiseFactor = c(0.25, 0.25)), Nrep = 100)
t0 <- proc.time()[["elapsed"]]
ua <- get_sensitivity(ex, SA_specs = list(Weights = list(Address = "$Log$Aggregate$w", Distribution = noisy, Type = "discrete")),
                      N = n, SA_type = "UA", dset = "Aggregated", iCode = "Index", quietly = TRUE, check_addresses = FALSE)
t <- proc.time()[["elapsed"]] - t0
cat(sprintf("COINr ASEM: %d replications in %.2f s, %.3f s per replication, load %s\n", n, t, t / n, paste(readLines("/proc/loadavg"), collapse = " ")))
