using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Referrals;
using CrmJourney.Domain.Tests.Time;
using CsCheck;

namespace CrmJourney.Domain.Tests.Referrals;

public class ReferralPropertyTests
{
    [Fact]
    public void The_same_inputs_always_give_the_same_pair_key()
    {
        Gen.Select(Gen.Guid, Gen.Guid, Gen.Int[0, 2], Gen.Guid).Sample((account, contact, kind, referred) =>
        {
            var first = ReferralPairKey.For(account, contact, (ReferredKind)kind, referred);
            var again = ReferralPairKey.For(new Guid(account.ToString()), new Guid(contact.ToString()), (ReferredKind)kind, new Guid(referred.ToString()));

            Assert.Equal(first, again);
        });
    }

    [Fact]
    public void Different_referred_records_always_give_different_pair_keys()
    {
        Gen.Select(Gen.Guid, Gen.Guid, Gen.Guid).Sample((account, referred, otherReferred) =>
        {
            var first = ReferralPairKey.For(account, null, ReferredKind.Opportunity, referred);
            var second = ReferralPairKey.For(account, null, ReferredKind.Opportunity, otherReferred);

            Assert.Equal(referred == otherReferred, first == second);
        });
    }

    [Fact]
    public void For_any_stream_of_referral_events_each_pair_is_created_once_and_counted_once()
    {
        var referrer = new Guid("11111111-0000-0000-0000-000000000001");
        var referredPool = Enumerable.Range(1, 4).Select(i => new Guid(i, 1, 1, new byte[8])).ToArray();

        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 90]).Array[0, 25].Sample(events =>
        {
            var stored = new List<Referral>();
            var counters = ReferrerCounters.None;
            foreach (var (which, day) in events)
            {
                var candidate = new Referral(referrer, null, ReferredKind.Lead, referredPool[which], Day.On(2026, 1, 1).AddDays(day));
                var result = ReferralLedger.Log(stored, candidate, counters);
                if (result.ToCreate is { } created)
                {
                    stored.Add(created);
                }

                counters = result.Counters;
            }

            Assert.Equal(events.Select(e => referredPool[e.Item1]).Distinct().Count(), stored.Count);
            Assert.Equal(ReferrerCounters.Recompute(stored), counters);
        });
    }
}
