using System.Reflection;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Domain.Tests.Messages;

/// <summary>The catalogue's factories, found by reflection, and the messages they make from sample arguments.</summary>
public static class MessageSamples
{
    public static IEnumerable<MethodInfo> Factories() =>
        typeof(Message).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(Message).Namespace && t.IsAbstract && t.IsSealed)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.ReturnType == typeof(Message))
            .OrderBy(Name);

    public static string Name(MethodInfo f) =>
        f.DeclaringType!.Name + "." + f.Name + "(" + string.Join(",", f.GetParameters().Select(p => p.ParameterType.Name)) + ")";

    /// <summary>The messages one factory makes: one per sample of each parameter (the others at their first sample).</summary>
    public static IReadOnlyList<Message> Of(string factory)
    {
        var method = Factories().Single(f => Name(f) == factory);
        var parameters = method.GetParameters();
        var samples = parameters.Select(p => Samples(p.ParameterType)).ToList();
        var messages = new List<Message> { Call(method, samples.Select(s => s[0]).ToArray()) };
        for (var i = 0; i < parameters.Length; i++)
            for (var k = 1; k < samples[i].Count; k++)
                messages.Add(Call(method, samples.Select((s, j) => j == i ? s[k] : s[0]).ToArray()));
        return messages;
    }

    private static Message Call(MethodInfo method, object?[] args) => (Message)method.Invoke(null, args)!;

    private static readonly OptionsRule Options = new([new("ontime", "Ban hành đúng hạn", 1m, "Issued on time"), new("late", "Ban hành chậm", 0.5m, "Issued late")]);

    private static IReadOnlyList<object?> Samples(Type type)
    {
        if (type == typeof(string)) return ["SNV"];
        if (type == typeof(decimal)) return [1.25m, 13m];
        if (type == typeof(int)) return [18, 1];
        if (type == typeof(long)) return [42L];
        if (type == typeof(int?)) return [63, null];
        if (type == typeof(DateOnly)) return [new DateOnly(2025, 3, 31)];
        if (type == typeof(IReadOnlyList<int>)) return [new List<int> { 12, 15 }];
        if (type == typeof(bool)) return [true, false];
        if (type == typeof(DateOnly)) return [new DateOnly(2026, 11, 15)];
        if (type == typeof(decimal?)) return [95.5m, null];
        if (type == typeof(int?)) return [40, null];
        if (type == typeof(DateTimeOffset)) return [new DateTimeOffset(2025, 3, 31, 17, 0, 0, TimeSpan.FromHours(7))];
        if (type.IsEnum) return [.. Enum.GetValues(type).Cast<object>()];
        if (type == typeof(Both)) return [new Both("18 đơn vị chưa nộp hồ sơ", "18 units have not submitted")];
        if (type == typeof(Message)) return [InputMessages.RatioOutside(1.2m)];
        if (type == typeof(LeafInput)) return [LeafInput.Option("ontime"), LeafInput.Pass(true), LeafInput.Ratio(0.855m), LeafInput.Count(3), LeafInput.Points(0.75m), LeafInput.NotApplicable, LeafInput.Missing];
        if (type == typeof(ScoringRule)) return [Options];
        if (type == typeof(IReadOnlyList<Choice>)) return [Options.Options.Select(o => new Choice(o.Label, o.LabelEn)).ToList()];
        if (type == typeof(IReadOnlyList<Message>)) return [new List<Message> { InputMessages.Empty(), InputMessages.NotCount("x") }];
        if (type == typeof(IReadOnlyList<UnitName>)) return [Enumerable.Range(1, 18).Select(i => new UnitName($"U{i}", $"Đơn vị số {i}")).ToList()];
        if (type == typeof(IReadOnlyList<object>)) return [new List<object> { "scores.csv", LocationMessages.Sheet("Scores"), LocationMessages.Row(4), LocationMessages.Column("C"), new Criterion("1.3.2") }];
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && type.GetGenericArguments()[0].IsEnum)
        {
            var values = Enum.GetValues(type.GetGenericArguments()[0]);
            var list = Array.CreateInstance(type.GetGenericArguments()[0], Math.Min(3, values.Length));
            Array.Copy(values, list, list.Length);
            return [list];
        }
        if (type == typeof(IReadOnlyList<string>)) return [new List<string> { "1.1", "2.3" }, new List<string>()];
        if (type == typeof(string[])) return [new[] { "1.1", "2.3" }];
        throw new InvalidOperationException($"no sample for {type}");
    }
}
