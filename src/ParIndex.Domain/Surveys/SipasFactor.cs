namespace ParIndex.Domain.Surveys;

/// <summary>The five SIPAS factors (Chỉ số hài lòng về sự phục vụ hành chính), by code F1–F5.</summary>
public static class SipasFactor
{
    public static readonly IReadOnlyDictionary<string, (string Vi, string En)> All = new Dictionary<string, (string, string)>
    {
        ["F1"] = ("Tiếp cận dịch vụ", "Access to services"),
        ["F2"] = ("Thủ tục hành chính", "Administrative procedures"),
        ["F3"] = ("Công chức giải quyết công việc", "Civil servants"),
        ["F4"] = ("Kết quả cung ứng dịch vụ", "Service results"),
        ["F5"] = ("Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", "Receiving and handling feedback"),
    };

    public static bool IsFactor(string code) => All.ContainsKey(code);
}
