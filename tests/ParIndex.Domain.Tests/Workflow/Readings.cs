using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.Domain.Tests.Workflow;

internal static class Readings
{
    /// <summary>
    /// A refusal as the Vietnamese reader sees it, then as the English reader does, joined with " / " so one assertion
    /// can check both; the exception's own message is the Vietnamese reading alone.
    /// </summary>
    public static string InBoth(this WorkflowException e)
    {
        Assert.Equal(e.Says.In(Language.Vi), e.Message);
        return e.Says.In(Language.Vi) + " / " + e.Says.In(Language.En);
    }
}
