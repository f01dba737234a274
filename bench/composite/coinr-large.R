# COINr 1.1.14's cost per replication of the weight uncertainty on the 1,000 x 200 index of make-large.py:
#   python3 make-large.py DIR && R_LIBS=LIB Rscript coinr-large.R DIR N
suppressPackageStartupMessages(library(COINr))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]; n <- as.integer(args[2])
meta <- read.csv(file.path(dir, "large-meta.csv"), na.strings = c("", "NA"))
data <- read.csv(file.path(dir, "large-data.csv"))
coin <- new_coin(data, meta, quietly = TRUE)
coin <- Normalise(coin, dset = "Raw", global_specs = list(f_n = "n_minmax", f_n_para = list(l_u = c(0, 100))))
coin <- Aggregate(coin, dset = "Normalised", f_ag = "a_amean")
set.seed(1)
noisy <- get_noisy_weights(w = coin$Meta$Weights$Original, noise_specs = data.frame(Level = c(2, 3), NoiseFactor = c(0.25, 0.25)), Nrep = 100)
t0 <- proc.time()[["elapsed"]]
ua <- get_sensitivity(coin, SA_specs = list(Weights = list(Address = "$Log$Aggregate$w", Distribution = noisy, Type = "discrete")),
                      N = n, SA_type = "UA", dset = "Aggregated", iCode = "Index", quietly = TRUE, check_addresses = FALSE)
t <- proc.time()[["elapsed"]] - t0
cat(sprintf("COINr 1000x200: %d replications in %.2f s, %.3f s per replication, load %s\n", n, t, t / n, paste(readLines("/proc/loadavg"), collapse = " ")))
