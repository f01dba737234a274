using System.Diagnostics.Metrics;

namespace ParIndex.App.Telemetry;

/// <summary>
/// ParIndex's own instruments (meter <c>ParIndex</c>), exported by the web nodes (OpenTelemetry: Prometheus and OTLP).
/// Each is counted in one place: saves and publications where the unit of work commits them, conflicts and refused
/// inputs where the refusal is made.
/// </summary>
public static class AppMetrics
{
    public const string MeterName = "ParIndex";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Saves = Meter.CreateCounter<long>("parindex.scores.saved", "{entry}",
        "Score ledger entries committed (self-assessed, appraised, appeal, final), by stage");

    private static readonly Counter<long> Conflicts = Meter.CreateCounter<long>("parindex.conflicts", "{conflict}",
        "Saves refused because someone else saved first (edit conflicts)");

    private static readonly Counter<long> Refused = Meter.CreateCounter<long>("parindex.inputs.refused", "{refusal}",
        "Inputs refused as invalid (imports, forms, files, texts), by kind");

    private static readonly Counter<long> Publications = Meter.CreateCounter<long>("parindex.publications", "{publication}",
        "Periods published");

    private static readonly Histogram<double> SealTime = Meter.CreateHistogram<double>("parindex.audit.seal.duration", "ms",
        "Time to write one audit seal (decision 010)");

    private static Func<long> _outboxBacklog = () => 0;

    static AppMetrics()
    {
        Meter.CreateObservableGauge("parindex.print.queue", () => Features.Analysis.PdfPrinter.Queued, "{print}",
            "PDF prints waiting or running in this process");
        Meter.CreateObservableGauge("parindex.outbox.backlog", () => _outboxBacklog(), "{message}",
            "Messages in the outbox not sent yet");
    }

    public static void Saved(string stage, int entries) => Saves.Add(entries, new KeyValuePair<string, object?>("stage", stage));

    public static void Conflict() => Conflicts.Add(1);

    public static void RefusedInput(string kind) => Refused.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public static void Published() => Publications.Add(1);

    public static void Sealed(TimeSpan took) => SealTime.Record(took.TotalMilliseconds);

    /// <summary>The seam for the outbox: how to read its backlog (rows not sent), read at each scrape.</summary>
    public static void ObserveOutboxBacklog(Func<long> backlog) => _outboxBacklog = backlog;
}
