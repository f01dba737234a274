using ParIndex.Domain.Messages;

namespace ParIndex.Web;

/// <summary>
/// Injected into every view as <c>T</c>: <c>@T["Lưu", "Save"]</c> writes the Vietnamese text, or the English one for
/// a reader who chose English.
/// </summary>
public sealed class Texts(IHttpContextAccessor accessor)
{
    public string this[string vi, string en] => accessor.HttpContext is { } context ? Lang.Pick(context, vi, en) : vi;

    /// <summary>A name held as both texts, e.g. from <see cref="StateNames"/>.</summary>
    public string this[(string Vi, string En) text] => this[text.Vi, text.En];

    /// <summary>A message of the catalogue in the reader's language.</summary>
    public string this[Message message] => message.In(English ? Language.En : Language.Vi);

    public bool English => accessor.HttpContext is { } context && Lang.IsEnglish(context);
}
