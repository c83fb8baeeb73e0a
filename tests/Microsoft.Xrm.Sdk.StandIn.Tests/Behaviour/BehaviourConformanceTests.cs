using System.Collections.Generic;
using System.Linq;

namespace Microsoft.Xrm.Sdk.StandIn.Tests.Behaviour;

/// <summary>
/// The SDK under test does what the real SDK 9.2 was observed to do (Reference/microsoft-xrm-sdk-9.2.behaviour.txt):
/// constructor defaults, equality, exceptions, request names. Run against the stand-in by default and
/// against the real assemblies with -p:XrmSdkCoreDir, where it checks the observations themselves.
/// </summary>
public sealed class BehaviourConformanceTests
{
    private static readonly IReadOnlyList<KeyValuePair<string, string>> _observations = BehaviourObservations.Load();

    [Fact]
    public void Every_observation_the_stand_in_can_express_gives_the_real_SDKs_result()
    {
        var differing = _observations
            .Where(o => BehaviourEvaluators.ByExpression.ContainsKey(o.Key))
            .Select(o => new { Observation = o, Actual = BehaviourObservations.Observe(BehaviourEvaluators.ByExpression[o.Key]) })
            .Where(r => r.Actual != r.Observation.Value)
            .Select(r => $"{r.Observation.Key} => {r.Actual} (real SDK: {r.Observation.Value})")
            .ToList();

        Assert.True(differing.Count == 0, "Differs from the real SDK:\n" + string.Join("\n", differing));
    }

    [Fact]
    public void Every_observation_has_an_evaluator_or_a_reason_why_the_stand_in_cannot_express_it()
    {
        var unaccounted = _observations
            .Select(o => o.Key)
            .Where(e => !BehaviourEvaluators.ByExpression.ContainsKey(e) && !BehaviourObservations.CannotExpress.ContainsKey(e))
            .ToList();

        Assert.True(unaccounted.Count == 0, "No evaluator for:\n" + string.Join("\n", unaccounted));
    }

    [Fact]
    public void The_evaluators_and_the_cannot_express_list_name_only_lines_of_the_file_and_never_the_same_line()
    {
        var expressions = _observations.Select(o => o.Key).ToHashSet();

        Assert.True(_observations.Count > 150, $"Only {_observations.Count} observations were read.");
        Assert.DoesNotContain(BehaviourEvaluators.ByExpression.Keys, k => !expressions.Contains(k));
        Assert.DoesNotContain(BehaviourObservations.CannotExpress.Keys, k => !expressions.Contains(k));
        Assert.DoesNotContain(BehaviourObservations.CannotExpress.Keys, BehaviourEvaluators.ByExpression.ContainsKey);
    }

    [Theory]
    [InlineData(null, "null")]
    [InlineData(true, "true")]
    [InlineData("a", "\"a\"")]
    [InlineData(7, "7")]
    public void Results_are_written_in_the_observation_files_notation(object? value, string expected)
    {
        Assert.Equal(expected, BehaviourObservations.Format(value));
    }

    [Fact]
    public void A_collection_is_written_as_its_count_and_an_exception_as_its_type()
    {
        Assert.Equal("count 2", BehaviourObservations.Format(new List<int> { 4, 5 }));
        Assert.Equal("throws System.Collections.Generic.KeyNotFoundException", BehaviourObservations.Observe(() => new Dictionary<string, int>()["x"]));
        Assert.Equal("01/01/0001 00:00:00", BehaviourObservations.Format(default(System.DateTime)));
    }
}
