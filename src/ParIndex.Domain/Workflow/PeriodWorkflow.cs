using static ParIndex.Domain.Workflow.WorkflowText;

namespace ParIndex.Domain.Workflow;

/// <summary>How an assessment period moves through its stages, and what each stage allows.</summary>
public static class PeriodWorkflow
{
    /// <summary>The next stage; a period only ever advances one stage at a time.</summary>
    /// <exception cref="WorkflowException">The period is already published.</exception>
    public static PeriodState Advance(PeriodState from)
    {
        if (from == PeriodState.Published)
            throw new WorkflowException(Bilingual(
                $"Không thể chuyển kỳ đánh giá sang giai đoạn tiếp theo: kỳ đang ở giai đoạn {Quote(Vi(from))}, là giai đoạn cuối",
                $"Cannot advance the period: it is {Quote(En(from))}, the last stage"));
        return from + 1;
    }

    /// <summary>
    /// Goes back one stage, always with a reason: the secretariat or an administrator steps a running period back
    /// (e.g. Appraisal → SelfAssessment to let late units submit); only an administrator reopens a published period
    /// (Published → Finalisation, to correct a result). What this does to each submission is <see cref="StageChange.StepBack"/>.
    /// </summary>
    /// <exception cref="WorkflowException">The period is a draft, the role may not, or there is no reason; every one that applies is named.</exception>
    public static PeriodState StepBack(PeriodState from, Role role, string? reason)
    {
        var why = new List<(string Vi, string En)>();
        if (from == PeriodState.Draft) why.Add(("không có giai đoạn nào trước đó", "there is no earlier stage"));
        else if (from == PeriodState.Published && role != Role.Admin)
            why.Add(("chỉ quản trị hệ thống được mở lại kỳ đánh giá đã công bố", "only an administrator may reopen a published period"));
        else if (role is not (Role.Admin or Role.Secretariat))
            why.Add(("chỉ cơ quan thường trực hoặc quản trị hệ thống được lùi giai đoạn", "only the secretariat or an administrator may step a period back"));
        if (string.IsNullOrWhiteSpace(reason)) why.Add(("phải nêu lý do", "a reason is required"));
        if (why.Count > 0)
        {
            var (vi, en) = from == PeriodState.Published ? ("mở lại", "reopen") : ("lùi", "step back");
            throw new WorkflowException(Bilingual(
                $"Không thể {vi} kỳ đánh giá đang ở giai đoạn {Quote(Vi(from))}: " + string.Join("; ", why.Select(w => w.Vi)),
                $"Cannot {en} the period in {Quote(En(from))}: " + string.Join("; ", why.Select(w => w.En))));
        }
        return from - 1;
    }

    /// <summary>Units may enter scores, attach evidence and submit.</summary>
    public static bool AcceptsSelfAssessment(PeriodState period) => period == PeriodState.SelfAssessment;

    /// <summary>The Secretariat may return a submitted self-assessment to its unit.</summary>
    public static bool AcceptsReturns(PeriodState period) => period is PeriodState.SelfAssessment or PeriodState.Appraisal;

    /// <summary>A unit's self-assessment deadline may still be extended (gia hạn): until self-assessment ends.</summary>
    public static bool AcceptsExtensions(PeriodState period) => period is PeriodState.Draft or PeriodState.SelfAssessment;

    /// <summary>What happens to units that never submit may be chosen until self-assessment ends.</summary>
    public static bool AcceptsNonSubmitterPolicy(PeriodState period) => period is PeriodState.Draft or PeriodState.SelfAssessment;

    /// <summary>Appraisers may be assigned until the results are being finalised.</summary>
    public static bool AcceptsAssignments(PeriodState period) => period < PeriodState.Finalisation;

    /// <summary>Refuses work the period's stage does not accept (<paramref name="accepted"/> false), naming the stage.</summary>
    public static void Require(bool accepted, PeriodState period, string whatVi, string whatEn)
    {
        if (!accepted)
            throw new WorkflowException(Bilingual($"Không thể {whatVi} khi kỳ đánh giá đang ở giai đoạn {Quote(Vi(period))}",
                $"Cannot {whatEn} while the period is in {Quote(En(period))}"));
    }

    public static bool AcceptsAppraisal(PeriodState period) => period == PeriodState.Appraisal;

    public static bool AcceptsAppeals(PeriodState period) => period == PeriodState.Appeals;

    /// <summary>Submissions may be finalised.</summary>
    public static bool AcceptsFinalisation(PeriodState period) => period == PeriodState.Finalisation;
}
