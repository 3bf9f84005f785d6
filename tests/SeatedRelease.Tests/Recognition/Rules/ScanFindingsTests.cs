using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class ScanFindingsTests
{
    // Word ids: 1 "stiff" (a mild state), 2 "sore", 3 "absolutely".
    private static readonly WordFlags[] Flags = [WordFlags.None, WordFlags.MildState, WordFlags.None, WordFlags.None];

    [Fact]
    public void A_yes_turned_around_answers_no_and_takes_the_negator_after_it()
    {
        var found = new ScanFindings(ambiguousPain: false);
        int taken = found.Add(PhraseReading.TurnedAround, new Phrase([3], Intent.Yes, 0, 1), clause: 0, Flags, nextId: 0);
        Assert.Equal(1, taken);
        Assert.Equal(MatchState.Bit(Intent.No), found.Present);
    }

    [Fact]
    public void A_possible_pain_said_names_a_tightness_only_with_a_mild_state_word()
    {
        var tight = new ScanFindings(ambiguousPain: false);
        tight.Add(PhraseReading.Said, new Phrase([1], Intent.MaybePain, 0, 1), clause: 0, Flags, nextId: 0);
        Assert.True(tight.TightnessNamed);
        Assert.False(tight.OtherMaybePain);

        var other = new ScanFindings(ambiguousPain: false);
        other.Add(PhraseReading.Said, new Phrase([2], Intent.MaybePain, 0, 1), clause: 0, Flags, nextId: 0);
        Assert.False(other.TightnessNamed);
        Assert.True(other.OtherMaybePain);
    }

    [Fact]
    public void Only_the_first_clause_of_pain_is_kept()
    {
        var found = new ScanFindings(ambiguousPain: false);
        found.Add(PhraseReading.Pain, new Phrase([2], Intent.Pain, 0, 1), clause: 2, Flags, nextId: 0);
        found.Add(PhraseReading.Pain, new Phrase([2], Intent.Pain, 0, 1), clause: 3, Flags, nextId: 0);
        Assert.Equal(2, found.PainClause);
    }

    [Fact]
    public void A_hedged_denial_may_still_be_pain_and_a_plain_one_is_a_denial()
    {
        var hedged = new ScanFindings(ambiguousPain: false);
        hedged.Denied(hedged: true);
        Assert.True(hedged.MaybePain);
        Assert.False(hedged.NegatedPain);

        var plain = new ScanFindings(ambiguousPain: false);
        plain.Denied(hedged: false);
        Assert.False(plain.MaybePain);
        Assert.True(plain.NegatedPain);
    }

    [Fact]
    public void A_sensation_of_no_body_part_in_two_clauses_is_noted()
    {
        var found = new ScanFindings(ambiguousPain: false);
        found.LooseSensationIn(0);
        Assert.False(found.LooseSensationElsewhere);
        found.LooseSensationIn(1);
        Assert.True(found.LooseSensationElsewhere);
    }
}
