using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

public sealed class RecognizerBehaviourTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    private string Label(PromptContext context, string utterance) => fixture.Recognizer.Recognize(context, utterance).Label;

    [Theory]
    [InlineData("it doesn't hurt")]
    [InlineData("no pain")]
    [InlineData("not sore")]
    [InlineData("it does not really hurt")]
    [InlineData("nothing hurts")]
    [InlineData("the pain is gone")]
    [InlineData("I'm not in any pain")]
    public void Negated_pain_is_not_pain(string utterance)
    {
        Assert.DoesNotContain(Label(PromptContext.Ready, utterance), new[] { "pain", "maybe-pain", "ready" });
    }

    [Theory]
    [InlineData(PromptContext.Ready, "my leg's on fire")]
    [InlineData(PromptContext.Ready, "something went ping in my calf")]
    [InlineData(PromptContext.YesNo, "hmm, my lower back")]
    [InlineData(PromptContext.Surface, "my hamstrings")]
    public void An_utterance_about_the_body_that_matches_nothing_else_is_a_possible_pain(PromptContext context, string utterance)
    {
        Assert.Equal("maybe-pain", Label(context, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "let's do the other leg", "enough")]
    [InlineData(PromptContext.Ready, "I'm back", "ready")]
    [InlineData(PromptContext.Ready, "no pain in my leg at all", "unknown")]
    [InlineData(PromptContext.PainKind, "my leg", "unknown")]
    [InlineData(PromptContext.Ready, "the weather is nice", "unknown")]
    public void Naming_the_body_does_not_override_what_was_understood(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData("no it hurts")]
    [InlineData("no, it hurts")]
    [InlineData("not great, it hurts")]
    [InlineData("it's not ok, my knee hurts")]
    public void A_negation_before_a_separate_pain_sentence_does_not_cancel_it(string utterance)
    {
        Assert.Equal("pain", Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("not ready")]
    [InlineData("I'm not ready yet")]
    [InlineData("not yet")]
    public void Not_ready_is_never_ready(string utterance)
    {
        Assert.Equal("pause", Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("nothing's hurting, carry on")]
    [InlineData("nothings sore, go on")]
    [InlineData("nothing is sore, next one")]
    [InlineData("nothing feels tight, carry on")]
    public void A_negator_that_is_the_subject_negates_the_pain_word_after_its_verb(string utterance)
    {
        Assert.Equal("ready", Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData(PromptContext.YesNo, "no feels sharp")]
    [InlineData(PromptContext.Ready, "no, is sore")]
    [InlineData(PromptContext.Ready, "nothing is wrong but my knee is sore")]
    public void Only_a_subject_negator_reaches_across_its_verb(PromptContext context, string utterance)
    {
        Assert.Equal("pain", Label(context, utterance));
    }

    [Fact]
    public void Negation_with_a_hedge_still_asks_about_pain()
    {
        Assert.Equal("maybe-pain", Label(PromptContext.Ready, "it doesn't hurt much"));
    }

    [Theory]
    [InlineData("yes but it hurts", "pain")]
    [InlineData("ready, stop", "stop")]
    [InlineData("stop, it hurts", "pain")]
    [InlineData("ok wait", "pause")]
    [InlineData("that felt good but my back aches", "pain")]
    [InlineData("I'm done for today", "stop")]
    [InlineData("done", "ready")]
    public void Pain_outranks_stop_which_outranks_the_rest(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData(PromptContext.YesNo, "no pain", "no")]
    [InlineData(PromptContext.YesNo, "yeah I have sciatica", "yes")]
    [InlineData(PromptContext.YesNo, "I don't think so", "no")]
    [InlineData(PromptContext.YesNo, "sure", "yes")]
    [InlineData(PromptContext.Ready, "sure", "ready")]
    [InlineData(PromptContext.Surface, "a rug on a wood floor", "carpet")]
    [InlineData(PromptContext.Surface, "yoga mat on tiles", "mat")]
    [InlineData(PromptContext.Surface, "laminate", "hardwood")]
    [InlineData(PromptContext.PainKind, "shooting pain", "sharp")]
    [InlineData(PromptContext.PainKind, "a dull ache", "mild")]
    [InlineData(PromptContext.PainKind, "it's not sharp, just sore", "mild")]
    [InlineData(PromptContext.PainKind, "it doesn't hurt anymore", "mild")]
    [InlineData(PromptContext.PainKind, "it hurts", "pain")]
    public void The_same_words_mean_what_the_prompt_asked(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData("READY!!!")]
    [InlineData("um, uh, ready")]
    [InlineData("so like I'm ready")]
    [InlineData("ready ready ready")]
    [InlineData("reaaaady")]
    [InlineData("  ok  ")]
    public void Case_punctuation_fillers_and_repeats_are_normalised(string utterance)
    {
        Assert.Equal("ready", Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("could you please repeat that", "repeat")]
    [InlineData("can you please go a bit slower", "slower")]
    [InlineData("would you mind pausing for me", "unknown")]
    [InlineData("uh huh", "ready")]
    [InlineData("mm-hmm", "ready")]
    public void Polite_wrappers_are_dropped_but_phrases_made_of_fillers_are_kept(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("that hertz")]
    [InlineData("it hearts")]
    [InlineData("my knee hurst")]
    [InlineData("painfull")]
    [InlineData("tinglinng in my foot")]
    [InlineData("uncomfortible")]
    public void Sound_alikes_and_long_typos_of_pain_words_are_pain(string utterance)
    {
        Assert.Equal("pain", Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("my heart is racing")]
    [InlineData("I love hearts")]
    [InlineData("I want to share")]
    [InlineData("paint")]
    [InlineData("the couch")]
    [InlineData("more")]
    [InlineData("I'm turning")]
    [InlineData("it's a store")]
    public void Real_words_and_short_words_do_not_collide_with_pain_words(string utterance)
    {
        Assert.DoesNotContain(Label(PromptContext.Ready, utterance), new[] { "pain", "maybe-pain" });
    }

    [Fact]
    public void Typo_rule_makes_ready_only_from_a_slip_of_one_finger()
    {
        // "reads" is one edit from "ready"; a false ready could move someone on while they are hurting. Now a
        // neighbouring key ("readu", "readt") is ready; a dropped letter or a far key ("realy" for really) is not.
        Assert.Equal("unknown", Label(PromptContext.Ready, "reads"));
        Assert.Equal("unknown", Label(PromptContext.Ready, "realy"));
        Assert.Equal("ready", Label(PromptContext.Ready, "readu"));
    }

    [Theory]
    [InlineData("what is this good for", "benefits")]
    [InlineData("does this help plantar fasciitis", "benefits")]
    [InlineData("which muscles does this work", "muscles")]
    [InlineData("why do I need socks", "socks")]
    [InlineData("why should I close my eyes", "eyes")]
    [InlineData("is this a stretch", "stretch")]
    [InlineData("how far should my heel go", "distance")]
    [InlineData("why a pillow", "pillow")]
    [InlineData("what if my legs are uncomfortable", "pillow")]
    public void Questions_about_the_practice_carry_their_topic(string utterance, string topic)
    {
        var result = fixture.Recognizer.Recognize(PromptContext.Ready, utterance);
        Assert.Equal(Intent.Question, result.Intent);
        Assert.Equal(topic, result.Topic);
    }

    [Theory]
    [InlineData("does this help my back pain")]
    [InlineData("what if it hurts")]
    [InlineData("it feels tight")]
    public void Unsure_between_pain_and_something_else_asks(string utterance)
    {
        Assert.Equal("maybe-pain", Label(PromptContext.Ready, utterance));
    }

    [Fact]
    public void Topic_words_without_a_question_are_not_a_question()
    {
        Assert.NotEqual("question", Label(PromptContext.Ready, "my socks are blue"));
    }

    [Fact]
    public void Long_utterance_beyond_the_stack_buffer_still_finds_pain_at_the_end()
    {
        string utterance = string.Concat(Enumerable.Repeat("and then I was sitting here ", 30)) + "but now it hurts";
        Assert.True(utterance.Length > LexiconRecognizer.StackLimit);
        Assert.Equal("pain", Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("yowch")]
    [InlineData("youch")]
    [InlineData("yeeeowch")]
    [InlineData("owwwie")]
    [InlineData("ouchies")]
    [InlineData("aaaargh")]
    [InlineData("go on, yowch")]
    [InlineData("ready, owwww")]
    public void Words_built_like_a_cry_of_pain_are_pain_even_after_ready(string utterance)
    {
        Assert.Equal("pain", Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("ahhh")]
    [InlineData("ugh")]
    [InlineData("eeek")]
    [InlineData("yikes")]
    [InlineData("ok go on, ahhh")]
    public void A_sound_that_may_be_pain_asks_when_alone_or_after_the_answer(string utterance)
    {
        Assert.Equal("maybe-pain", Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "oh okay", "ready")]
    [InlineData(PromptContext.Ready, "ahh okay go on", "ready")]
    [InlineData(PromptContext.Ready, "ah ready", "ready")]
    [InlineData(PromptContext.Ready, "uh huh", "ready")]
    [InlineData(PromptContext.Surface, "ugh, tiles", "hardwood")]
    [InlineData(PromptContext.Ready, "ahh, not ready", "pause")]
    public void A_sound_in_front_of_an_understood_answer_acknowledges_it(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData("you")]
    [InlineData("how")]
    [InlineData("own")]
    [InlineData("off")]
    [InlineData("wow")]
    [InlineData("yay")]
    [InlineData("oh")]
    [InlineData("uhhh")]
    [InlineData("yeahh")]
    public void Words_that_only_look_like_cries_are_not_pain(string utterance)
    {
        Assert.Equal("unknown", Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("it throbbed", "pain")]
    [InlineData("it zapped me", "pain")]
    [InlineData("it stung", "pain")]
    [InlineData("a nasty niggle", "pain")]
    [InlineData("goodness that smarts", "maybe-pain")]
    [InlineData("ready, that smarts", "maybe-pain")]
    [InlineData("it's all fiery", "maybe-pain")]
    public void Sensation_words_in_any_of_their_forms_report_pain_and_never_ready(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "it doesn't throb", "unknown")]
    [InlineData(PromptContext.Ready, "no zaps this time, ready", "ready")]
    [InlineData(PromptContext.YesNo, "no stinging at all", "no")]
    [InlineData(PromptContext.PainKind, "no zapping, just sore", "mild")]
    public void Negated_sensations_are_not_pain(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData("a zap right through the shin", "sharp")]
    [InlineData("like a knife", "sharp")]
    [InlineData("as if something bit me", "sharp")]
    [InlineData("it feels hot", "sharp")]
    [InlineData("jolting", "sharp")]
    [InlineData("sort of like a bruise", "mild")]
    [InlineData("it's not like a knife, more of an ache", "mild")]
    [InlineData("like I said, mild", "mild")]
    [InlineData("like, I don't know", "unknown")]
    [InlineData("I can't tell", "unknown")]
    [InlineData("stop it", "stop")]
    public void At_the_pain_kind_prompt_imagery_is_sharp_unless_a_mild_word_is_said(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.PainKind, utterance));
    }

    [Theory]
    [InlineData("ugh")]
    [InlineData("it doesn't hurt much")]
    public void At_the_pain_kind_prompt_a_maybe_is_a_pain_report_not_a_detour(string utterance)
    {
        Assert.Equal("pain", Label(PromptContext.PainKind, utterance));
    }

    [Theory]
    [InlineData("what's sciatica")]
    [InlineData("what is the sacroiliac")]
    [InlineData("no, what's a slipped disc?")]
    [InlineData("is sciatica the one down the leg?")]
    public void At_the_safety_screen_asking_what_a_condition_is_is_a_question_not_yes(string utterance)
    {
        var result = fixture.Recognizer.Recognize(PromptContext.YesNo, utterance);
        Assert.Equal(Intent.Question, result.Intent);
        Assert.Equal("terms", result.Topic);
    }

    [Theory]
    [InlineData("I have sciatica")]
    [InlineData("sacroiliac joint issues")]
    [InlineData("a slipped disc, yes")]
    public void At_the_safety_screen_naming_a_condition_is_still_yes(string utterance)
    {
        Assert.Equal("yes", Label(PromptContext.YesNo, utterance));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    public void Empty_utterances_are_unknown(string utterance)
    {
        Assert.Equal("unknown", Label(PromptContext.Ready, utterance));
    }
}
