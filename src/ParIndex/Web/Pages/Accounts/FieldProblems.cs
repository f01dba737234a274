using Microsoft.AspNetCore.Mvc.ModelBinding;
using ParIndex.App.Files;

namespace ParIndex.Web.Pages.Accounts;

/// <summary>
/// A form's refusal, each message beside its own field: the account use cases name a problem by its field
/// ("user", "role", "unit", "email", "password", "confirm", "current"); anything else goes to <paramref name="other"/>.
/// </summary>
public static class FieldProblems
{
    public static void Add(ModelStateDictionary state, ImportException refusal, IReadOnlyCollection<string> fields, string other)
    {
        foreach (var p in refusal.Problems)
            state.AddModelError(fields.Contains(p.File) ? p.File : other, p.Line is null ? p.Message : p.ToString());
    }
}
