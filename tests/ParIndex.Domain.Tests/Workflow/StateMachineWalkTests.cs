using ParIndex.Domain.Workflow;

namespace ParIndex.Domain.Tests.Workflow;

/// <summary>
/// Walks the period and submission state machines together and fails if any (period stage, submission state) pair
/// has no way to publication: the submission Final in a published period. A step is any submission action some role
/// may take in the middle of the stage (with its leader's completeness, a reason, every appeal decided — what people
/// can always bring about), or the period's move to the next stage with what <see cref="StageChange.Carry"/> does.
/// </summary>
public sealed class StateMachineWalkTests
{
    private sealed record Node(PeriodState Stage, SubmissionState State, bool Missed);

    public static TheoryData<NonSubmitterPolicy> Policies => [.. Enum.GetValues<NonSubmitterPolicy>()];

    private static IEnumerable<Node> Forward(Node n, NonSubmitterPolicy policy)
    {
        foreach (var action in Enum.GetValues<SubmissionAction>())
            foreach (var role in Enum.GetValues<Role>())
            {
                SubmissionState next;
                try { next = SubmissionWorkflow.Apply(n.State, action, Cycle.In(n.Stage, role)); }
                catch (WorkflowException) { continue; }
                yield return n with { State = next };
            }
        if (n.Stage < PeriodState.Published)
        {
            var to = n.Stage + 1;
            yield return new Node(to, StageChange.Carry(to, n.State, policy), n.Missed || StageChange.MissesDeadline(to, n.State));
        }
    }

    private static IEnumerable<Node> WithStepBack(Node n, NonSubmitterPolicy policy)
    {
        foreach (var next in Forward(n, policy)) yield return next;
        if (n.Stage > PeriodState.Draft)
        {
            var state = StageChange.StepBack(n.Stage, n.State, n.Missed, policy);
            // Going back to self-assessment gives a non-submitter its dossier again: it is no longer one.
            yield return new Node(n.Stage - 1, state, n.Missed && n.Stage != PeriodState.Appraisal);
        }
    }

    private static bool Reaches(Node start, Func<Node, IEnumerable<Node>> steps)
    {
        var seen = new HashSet<Node> { start };
        var queue = new Queue<Node>([start]);
        while (queue.TryDequeue(out var n))
        {
            if (n is { Stage: PeriodState.Published, State: SubmissionState.Final }) return true;
            foreach (var next in steps(n))
                if (seen.Add(next)) queue.Enqueue(next);
        }
        return false;
    }

    private static IEnumerable<Node> Every(Func<PeriodState, bool> stages) =>
        from stage in Enum.GetValues<PeriodState>().Where(stages)
        from state in Enum.GetValues<SubmissionState>()
        from missed in new[] { false, true }
        select new Node(stage, state, missed);

    [Theory]
    [MemberData(nameof(Policies))]
    public void Every_pair_before_publication_reaches_publication_going_forward_only(NonSubmitterPolicy policy)
    {
        var stranded = Every(s => s < PeriodState.Published).Where(n => !Reaches(n, x => Forward(x, policy))).ToList();
        Assert.True(stranded.Count == 0, "stranded: " + string.Join(", ", stranded));
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Every_pair_of_a_published_period_reaches_publication_again_after_a_reopen(NonSubmitterPolicy policy)
    {
        var stranded = Every(s => s == PeriodState.Published).Where(n => !Reaches(n, x => WithStepBack(x, policy))).ToList();
        Assert.True(stranded.Count == 0, "stranded: " + string.Join(", ", stranded));
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Whatever_a_step_back_leaves_reaches_publication_again(NonSubmitterPolicy policy)
    {
        var stranded = Every(s => s > PeriodState.Draft)
            .Select(n => new Node(n.Stage - 1, StageChange.StepBack(n.Stage, n.State, n.Missed, policy), n.Missed && n.Stage != PeriodState.Appraisal))
            .Where(n => !Reaches(n, x => Forward(x, policy))).ToList();
        Assert.True(stranded.Count == 0, "stranded: " + string.Join(", ", stranded));
    }

    [Fact]
    public void The_walk_finds_a_dead_end_when_a_move_strands_a_state()
    {
        // The check itself can fail: without the carry, a draft left when self-assessment ends is stuck for good.
        static IEnumerable<Node> NoCarry(Node n)
        {
            foreach (var next in Forward(n, NonSubmitterPolicy.ScoreAsEntered).Where(x => x.Stage == n.Stage)) yield return next;
            if (n.Stage < PeriodState.Published) yield return n with { Stage = n.Stage + 1 };
        }
        Assert.False(Reaches(new Node(PeriodState.Appraisal, SubmissionState.Draft, false), NoCarry));
        Assert.True(Reaches(new Node(PeriodState.Appraisal, SubmissionState.Draft, false), n => Forward(n, NonSubmitterPolicy.ScoreAsEntered)));
    }
}
