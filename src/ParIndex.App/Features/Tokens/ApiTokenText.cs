using System.Security.Cryptography;
using System.Text;

namespace ParIndex.App.Features.Tokens;

/// <summary>
/// What a personal API token looks like: <c>pxi_</c> and 43 URL-safe characters of randomness (256 bits). Only its
/// SHA-256 is stored; the first characters are kept as a prefix the owner recognises.
/// </summary>
public static class ApiTokenText
{
    public const string Start = "pxi_";

    public const int PrefixLength = 12;

    public static string New() => Start + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string Prefix(string token) => token[..Math.Min(PrefixLength, token.Length)];
}
