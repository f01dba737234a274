using ParIndex.App.Files;
using Xunit.Abstractions;

namespace ParIndex.App.Tests.Fuzz;

/// <summary>
/// Feeds mutants of one input format to its import and checks every outcome: an accepted import, or an
/// <see cref="ImportException"/> whose problems are located and worded and that left the database exactly as it was.
/// Any other exception, or a case running past <see cref="FuzzSettings.CaseTimeout"/>, is a failure that names the
/// seed, the case and the mutation so it can be replayed.
/// </summary>
internal sealed class FuzzRun(string format, ITestOutputHelper output, int share = 1)
{
    private const int MaxReported = 15;

    public int Accepted { get; private set; }

    public int Refused { get; private set; }

    private readonly List<string> _failures = [];

    /// <param name="mutate">the mutant of case i, from its own seeded mutator</param>
    /// <param name="import">imports one mutant (case index, bytes)</param>
    /// <param name="state">the database's state, compared around a refusal; null for an import that writes nothing</param>
    public async Task RunAsync(Func<int, Mutator, (string What, byte[] Bytes)> mutate, Func<int, byte[], Task> import, Func<Task<DatabaseState>>? state)
    {
        var iterations = Math.Max(1, FuzzSettings.Iterations / share);
        for (var i = 0; i < iterations; i++)
        {
            var (what, bytes) = mutate(i, new Mutator(FuzzSettings.CaseSeed(format, i)));
            var before = state is null ? null : await state();
            var work = Task.Run(() => import(i, bytes));
            try
            {
                await work.WaitAsync(FuzzSettings.CaseTimeout);
                Accepted++;
            }
            catch (ImportException e)
            {
                Refused++;
                if (e.Problems.Count == 0 || e.Problems.Any(p => string.IsNullOrWhiteSpace(p.Message) || string.IsNullOrWhiteSpace(p.File)))
                    Fail(i, what, "an ImportException without a located, worded problem: " + e.Message);
                if (state is not null && await state() is var after && after != before)
                    Fail(i, what, $"a refused import changed the database:{Environment.NewLine}before {before}{Environment.NewLine}after  {after}");
            }
            catch (TimeoutException) when (!work.IsCompleted)
            {
                Fail(i, what, $"still running after {FuzzSettings.CaseTimeout.TotalSeconds} s (a hang)");
                break;
            }
            catch (Exception e)
            {
                Fail(i, what, $"{e.GetType().FullName}: {e.Message}{Environment.NewLine}{e.StackTrace}");
            }
        }
        var summary = $"{format}: {iterations} mutants (PARINDEX_FUZZ_SEED={FuzzSettings.Seed}), {Accepted} accepted, {Refused} refused, {_failures.Count} failed";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.True(_failures.Count == 0, summary + Environment.NewLine + string.Join(Environment.NewLine + Environment.NewLine, _failures.Take(MaxReported)));
    }

    private void Fail(int index, string what, string problem) =>
        _failures.Add($"case {index} (PARINDEX_FUZZ_SEED={FuzzSettings.Seed}, {format}), mutation [{what}]: {problem}");
}
