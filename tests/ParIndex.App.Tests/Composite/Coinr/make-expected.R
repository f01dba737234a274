# Expected outputs of COINr 1.1.14 for ParIndex's composite engine, on COINr's own example index (ASEM).
# Run once, from this folder, with COINr 1.1.14 installed from its source (tag v1.1.14):
#   R CMD INSTALL --library=LIB COINr   # Imports: openxlsx, rlang, ggplot2, readxl (Debian r-cran-* packages)
#   R_LIBS=LIB Rscript make-expected.R
# Every table is written with 17 significant digits, so the tests compare full doubles; NA is missing.
# The tests never need R: they read the files this script wrote.
suppressPackageStartupMessages(library(COINr))
stopifnot(packageVersion("COINr") == "1.1.14")

num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
put <- function(df, file) {
  out <- as.data.frame(lapply(df, function(col) if (is.numeric(col)) num(col) else ifelse(is.na(col), "NA", as.character(col))),
                       check.names = FALSE, stringsAsFactors = FALSE)
  write.csv(out, file, row.names = FALSE, quote = TRUE, na = "NA")
}

# ---- Inputs ------------------------------------------------------------------------------------------------------
# The example coin as COINr builds it (build_example_coin): Denominate, Impute (group mean by EurAsia_group),
# Screen (no unit removed), Treat (winmax 5), Normalise (minmax 0-100), Aggregate (amean).
coin <- build_example_coin(quietly = TRUE)
ind <- coin$Meta$Ind[coin$Meta$Ind$Type == "Indicator", ]
codes <- ind$iCode
den <- coin$Data$Denominated
groups <- ASEM_iData[match(den$uCode, ASEM_iData$uCode), c("uCode", "EurAsia_group", "GDP_group")]
# data.csv: the denominated data (the input of imputation): 65 missing cells, two unit groupings.
put(cbind(groups, den[codes]), "data.csv")

# imeta.csv: COINr's iMeta plus per-indicator normalisation parameters (COINr's iMeta column names), chosen from
# the treated data so that goalposts truncate and targets cap.
treated <- coin$Data$Treated
meta <- ASEM_iMeta
q <- function(f) sapply(meta$iCode, function(c) if (c %in% codes) f(treated[[c]]) else NA)
meta$goalpost_lower <- q(function(x) unname(quantile(x, 0.1)))
meta$goalpost_upper <- q(function(x) unname(quantile(x, 0.9)))
meta$goalpost_scale <- ifelse(meta$iCode %in% codes, 10, NA)
meta$goalpost_trunc2posts <- ifelse(meta$iCode %in% codes, TRUE, NA)
meta$scaled_lower <- q(function(x) min(x) - 1)
meta$scaled_upper <- q(function(x) max(x) + 1)
meta$scale_factor <- ifelse(meta$iCode %in% codes, 10, NA)
meta$dist2targ_cap_max <- ifelse(meta$iCode %in% codes, seq_len(nrow(meta)) %% 2 == 0, NA)
# Per-indicator method (ParIndex's Normalisation column; COINr's indiv_specs below say the same).
per <- c(LPI = "prank", Flights = "zscore:10:2", Ship = "rank", Bord = "borda", Elec = "fracmax",
         Gas = "dist2max", ConSpeed = "minmax:1:10", Cov4G = "dist2ref:5", Goods = "dist2ref:5:cap")
put(meta, "imeta.csv")
put(cbind(meta, Normalisation = ifelse(meta$iCode %in% names(per), per[meta$iCode], NA)), "imeta-per-indicator.csv")
coin <- new_coin(cbind(ASEM_iData[setdiff(names(ASEM_iData), codes)][match(den$uCode, ASEM_iData$uCode), ], den[codes]),
                 meta, level_names = c("Indicator", "Pillar", "Sub-index", "Index"),
                 quietly = TRUE)
# new_coin denominates nothing here: den is already denominated; its Raw set is our data.csv.
stopifnot(isTRUE(all.equal(coin$Data$Raw[codes], den[codes], check.attributes = FALSE)))

# ---- Imputation --------------------------------------------------------------------------------------------------
imp <- list(mean = list(f_i = "i_mean"), median = list(f_i = "i_median"),
            groupmean = list(f_i = "i_mean_grp", use_group = "EurAsia_group"),
            groupmedian = list(f_i = "i_median_grp", use_group = "GDP_group"))
for (name in names(imp)) {
  a <- imp[[name]]
  out <- Impute(coin, dset = "Raw", f_i = a$f_i, use_group = a$use_group, out2 = "df")
  put(out[c("uCode", codes)], paste0("imputed-", name, ".csv"))
}
coin <- Impute(coin, dset = "Raw", f_i = "i_mean_grp", use_group = "EurAsia_group")

# ---- Treatment (COINr's default: winsorise up to 5 points by skew > 2 and kurtosis > 3.5, else log) ---------------
coin <- Treat(coin, dset = "Imputed", global_specs = list(f1_para = list(winmax = 5)))
put(coin$Data$Treated[c("uCode", codes)], "treated.csv")
tp <- coin$Analysis$Treated$Treated_Points
put(cbind(uCode = coin$Data$Treated$uCode, tp[codes]), "treated-points.csv")
put(coin$Analysis$Treated$Dets_Table, "treated-details.csv")
stopifnot(isTRUE(all.equal(coin$Data$Treated[codes], build_example_coin(quietly = TRUE)$Data$Treated[codes], check.attributes = FALSE)))

# ---- Normalisation, global, on the treated data and on the data with missing values ------------------------------
norms <- list(
  "minmax" = list(f_n = "n_minmax", f_n_para = list(l_u = c(0, 100))),
  "minmax:1:10" = list(f_n = "n_minmax", f_n_para = list(l_u = c(1, 10))),
  "zscore" = list(f_n = "n_zscore", f_n_para = list(m_sd = c(0, 1))),
  "zscore:10:2" = list(f_n = "n_zscore", f_n_para = list(m_sd = c(10, 2))),
  "scaled:0:50" = list(f_n = "n_scaled", f_n_para = list(npara = c(0, 50))),
  "scaled:0:50:10" = list(f_n = "n_scaled", f_n_para = list(npara = c(0, 50), scale_factor = 10)),
  "scaled" = list(f_n = "n_scaled", f_n_para = "use_iMeta"),
  "rank" = list(f_n = "n_rank"),
  "prank" = list(f_n = "n_prank"),
  "borda" = list(f_n = "n_borda"),
  "fracmax" = list(f_n = "n_fracmax"),
  "dist2max" = list(f_n = "n_dist2max"),
  "dist2ref:5" = list(f_n = "n_dist2ref", f_n_para = list(iref = 5)),
  "dist2ref:5:cap" = list(f_n = "n_dist2ref", f_n_para = list(iref = 5, cap_max = TRUE)),
  "dist2targ" = list(f_n = "n_dist2targ", f_n_para = "use_iMeta"),
  "goalposts" = list(f_n = "n_goalposts", f_n_para = "use_iMeta"))
fname <- function(spec) gsub(":", "_", spec)
for (spec in names(norms)) {
  for (dset in c("Treated", "Raw")) {
    out <- Normalise(coin, dset = dset, global_specs = norms[[spec]], out2 = "df")
    put(out[c("uCode", codes)], paste0("norm-", fname(spec), if (dset == "Raw") "-na" else "", ".csv"))
  }
}
# dist2targ with every indicator capped (the command line's dist2targ:cap overrides the iMeta column).
meta_cap <- coin$Meta$Ind
meta_cap$dist2targ_cap_max[meta_cap$Type == "Indicator"] <- TRUE
coin_cap <- coin
coin_cap$Meta$Ind <- meta_cap
put(Normalise(coin_cap, dset = "Treated", global_specs = list(f_n = "n_dist2targ", f_n_para = "use_iMeta"),
              out2 = "df")[c("uCode", codes)], "norm-dist2targ_cap.csv")
# Per indicator: minmax 0-100 for all but the nine of the Normalisation column.
indiv <- list(LPI = list(f_n = "n_prank"), Flights = list(f_n = "n_zscore", f_n_para = list(m_sd = c(10, 2))),
              Ship = list(f_n = "n_rank"), Bord = list(f_n = "n_borda"), Elec = list(f_n = "n_fracmax"),
              Gas = list(f_n = "n_dist2max"), ConSpeed = list(f_n = "n_minmax", f_n_para = list(l_u = c(1, 10))),
              Cov4G = list(f_n = "n_dist2ref", f_n_para = list(iref = 5)),
              Goods = list(f_n = "n_dist2ref", f_n_para = list(iref = 5, cap_max = TRUE)))
put(Normalise(coin, dset = "Treated", global_specs = norms[["minmax"]], indiv_specs = indiv, out2 = "df")[c("uCode", codes)],
    "norm-per-indicator.csv")

# ---- Aggregation, on minmax 1-100 (positive, for the geometric and harmonic means) --------------------------------
coin <- Normalise(coin, dset = "Treated", global_specs = list(f_n = "n_minmax", f_n_para = list(l_u = c(1, 100))))
aggs <- list(amean = list(f_ag = "a_amean"), gmean = list(f_ag = "a_gmean"), hmean = list(f_ag = "a_hmean"),
             "genmean:2" = list(f_ag = "a_genmean", f_ag_para = list(p = 2)),
             "genmean:-0.5" = list(f_ag = "a_genmean", f_ag_para = list(p = -0.5)),
             "2:amean,3:gmean,4:hmean" = list(f_ag = c("a_amean", "a_gmean", "a_hmean")),
             "2:genmean:3,3:amean,4:gmean" = list(f_ag = c("a_genmean", "a_amean", "a_gmean"),
                                                  f_ag_para = list(list(p = 3), NULL, NULL)))
# Copeland: COINr 1.1.14's Aggregate() cannot call a_copeland (it passes `x =`, a_copeland's argument is `X`), so
# this loop does what Aggregate(by_df = TRUE) means to do: a_copeland on each parent's children, level by level.
copeland <- function(coin, dset) {
  d <- coin$Data[[dset]]
  im <- coin$Meta$Ind[!is.na(coin$Meta$Ind$Level), ]
  for (lev in 2:max(im$Level)) {
    kids <- im[im$Level == lev - 1, ]
    for (p in sort(unique(kids$Parent))) {
      codes <- kids$iCode[kids$Parent == p]
      d[[p]] <- suppressMessages(a_copeland(d[codes], w = kids$Weight[kids$Parent == p]))
    }
  }
  d
}
put(copeland(coin, "Normalised"), "agg-copeland.csv")
for (spec in names(aggs)) {
  a <- aggs[[spec]]
  out <- Aggregate(coin, dset = "Normalised", f_ag = a$f_ag, f_ag_para = a$f_ag_para,
                   by_df = if (is.null(a$by_df)) FALSE else a$by_df, out2 = "df")
  put(out, paste0("agg-", gsub("[:,]", "_", spec), ".csv"))
}
# Missing data and a data-availability threshold per level: normalise the raw (unimputed) data.
coin <- Normalise(coin, dset = "Raw", global_specs = list(f_n = "n_minmax", f_n_para = list(l_u = c(1, 100))),
                  write_to = "NormalisedNA")
for (spec in c("amean", "gmean", "hmean")) {
  th <- c(0.75, 0.9, 0.5)
  out <- Aggregate(coin, dset = "NormalisedNA", f_ag = paste0("a_", spec), dat_thresh = th, out2 = "df")
  put(out, paste0("agg-", spec, "-na-thresh.csv"))
  out <- Aggregate(coin, dset = "NormalisedNA", f_ag = paste0("a_", spec), out2 = "df")
  put(out, paste0("agg-", spec, "-na.csv"))
}
put(copeland(coin, "NormalisedNA"), "agg-copeland-na.csv")
out <- Aggregate(coin, dset = "NormalisedNA", f_ag = "a_genmean", f_ag_para = list(p = 2), out2 = "df")
put(out, "agg-genmean_2-na.csv")

# ---- Weights: PCA (first component's loadings per parent, COINr get_PCA), on the example's normalised set ---------
ex <- build_example_coin(quietly = TRUE)
pca <- get_PCA(ex, dset = "Normalised", Level = 1, by_groups = TRUE, out2 = "list")
put(pca$Weights, "weights-pca.csv")
pca3 <- get_PCA(ex, dset = "Aggregated", Level = 2, by_groups = TRUE, out2 = "list")
put(pca3$Weights, "weights-pca-level2.csv")
put(get_eff_weights(ex), "weights-effective.csv")
put(ex$Data$Aggregated, "aggregated-example.csv")

# ---- Analysis: correlations within and between levels, Cronbach's alpha per aggregate -----------------------------
lev <- max(ex$Meta$Ind$Level, na.rm = TRUE)
cors <- NULL
for (a in 1:lev) for (b in a:lev) {
  cr <- get_corr(ex, dset = "Aggregated", Levels = c(a, b), pval = 0, withparent = FALSE)
  cr$LevelA <- a; cr$LevelB <- b
  cors <- rbind(cors, cr)
}
put(cors, "correlations.csv")
aggs_meta <- ex$Meta$Ind[ex$Meta$Ind$Type == "Aggregate", ]
alpha <- data.frame(iCode = aggs_meta$iCode, Level = aggs_meta$Level,
                    Alpha = mapply(function(code, level) get_cronbach(ex, dset = "Aggregated", iCodes = code, Level = level - 1),
                                   aggs_meta$iCode, aggs_meta$Level))
put(alpha, "cronbach.csv")
res <- get_results(ex, dset = "Aggregated", tab_type = "Aggs", also_get = "none", nround = 20)
put(res, "results-ranks.csv")

# ---- Sensitivity (the example of COINr's sensitivity vignette) and its cost per replication -----------------------
# (COINR_SKIP_SA=1 rewrites the tables above and leaves the sensitivity and timing files as they are.)
if (Sys.getenv("COINR_SKIP_SA") == "1") quit(save = "no")
set.seed(20240101)
w_nom <- ex$Meta$Weights$Original
noisy <- get_noisy_weights(w = w_nom, noise_specs = data.frame(Level = c(2, 3), NoiseFactor = c(0.25, 0.25)), Nrep = 100)
specs <- list(
  Winmax = list(Address = "$Log$Treat$global_specs$f1_para$winmax", Distribution = 1:5, Type = "discrete"),
  Normalisation = list(Address = "$Log$Normalise$global_specs",
                       Distribution = list(list(f_n = "n_minmax", f_n_para = list(c(1, 100))),
                                           list(f_n = "n_zscore", f_n_para = list(c(10, 2)))), Type = "discrete"),
  Weights = list(Address = "$Log$Aggregate$w", Distribution = noisy, Type = "discrete"),
  Aggregation = list(Address = "$Log$Aggregate$f_ag", Distribution = c("a_amean", "a_gmean"), Type = "discrete"))
n_sa <- as.integer(Sys.getenv("COINR_SA_N", "200"))
t0 <- proc.time()[["elapsed"]]
sa <- get_sensitivity(ex, SA_specs = specs, N = n_sa, SA_type = "SA", dset = "Aggregated", iCode = "Index",
                      Nboot = 1000, quietly = TRUE, check_addresses = FALSE)
t_sa <- proc.time()[["elapsed"]] - t0
put(sa$Sensitivity, "sensitivity.csv")
put(sa$RankStats, "sensitivity-rankstats.csv")
# Uncertainty over the weights alone (what `parindex composite --uncertainty N --noise 2:0.25,3:0.25` does).
n_ua <- as.integer(Sys.getenv("COINR_UA_N", "100"))
t0 <- proc.time()[["elapsed"]]
ua <- get_sensitivity(ex, SA_specs = specs["Weights"], N = n_ua, SA_type = "UA", dset = "Aggregated", iCode = "Index",
                      quietly = TRUE, check_addresses = FALSE)
t_ua <- proc.time()[["elapsed"]] - t0
put(data.frame(what = c("sensitivity", "uncertainty-weights"), replications = c(n_sa * (length(specs) + 2), n_ua),
               seconds = c(t_sa, t_ua), per_replication = c(t_sa / (n_sa * (length(specs) + 2)), t_ua / n_ua),
               load = rep(paste(readLines("/proc/loadavg"), collapse = " "), 2)), "timing.csv")
