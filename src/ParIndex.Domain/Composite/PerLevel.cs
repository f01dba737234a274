using System.Globalization;

namespace ParIndex.Domain.Composite;

/// <summary>
/// A setting that may differ per aggregation level (COINr gives <c>f_ag</c> and <c>dat_thresh</c> one value per
/// level): one value for every level, or <c>LEVEL:VALUE</c> items, comma-separated, the levels not named taking
/// the default (<c>amean,3:gmean</c>: amean except at level 3).
/// </summary>
public sealed record PerLevel<T>(T Default, IReadOnlyDictionary<int, T> Levels)
{
    public PerLevel(T all) : this(all, new Dictionary<int, T>()) { }

    public T For(int level) => Levels.TryGetValue(level, out var v) ? v : Default;

    public IEnumerable<T> Values => Levels.Values.Prepend(Default);

    public string Text(Func<T, string> text) => Levels.Count == 0
        ? text(Default)
        : string.Join(',', Levels.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}:{text(kv.Value)}"));

    /// <summary><c>amean</c> or <c>2:amean,3:gmean</c>: items that start with a whole number and a colon name a level.</summary>
    public static PerLevel<T> Parse(string text, T fallback, Func<string, T> parse, string option)
    {
        var items = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (items.Length == 0) throw new CompositeException(new CompositeProblem(null, $"{option}: give a value"));
        var levels = new Dictionary<int, T>();
        var all = fallback;
        var global = 0;
        foreach (var item in items)
        {
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && int.TryParse(item[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var level))
            {
                if (level < 2) throw new CompositeException(new CompositeProblem(null, $"{option} {text}: level {level}: aggregation levels start at 2"));
                if (!levels.TryAdd(level, parse(item[(colon + 1)..])))
                    throw new CompositeException(new CompositeProblem(null, $"{option} {text}: level {level} is given twice"));
            }
            else
            {
                all = parse(item);
                global++;
            }
        }
        if (global > 1)
            throw new CompositeException(new CompositeProblem(null, $"{option} {text}: give at most one value for all levels besides the LEVEL:VALUE items"));
        return new PerLevel<T>(all, levels);
    }
}
