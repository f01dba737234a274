using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ParIndex.Domain.Numbers;

namespace ParIndex.App.Frameworks;

/// <summary>How ParIndex writes JSON: indented, Vietnamese left readable, decimals without trailing zeros.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonNode Number(decimal value) => JsonValue.Create(NumberText.Normalise(value));

    public static string Write(JsonNode node) => node.ToJsonString(Options) + "\n";
}
