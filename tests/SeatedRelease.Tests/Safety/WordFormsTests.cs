using SeatedRelease.Practice.Safety;

namespace SeatedRelease.Tests.Safety;

/// <summary>The folding of word forms that lets an escalating list word be heard in its other forms.</summary>
public sealed class WordFormsTests
{
    [Theory]
    [InlineData("scared", "scary")]
    [InlineData("scarier", "scary")]
    [InlineData("spinning", "spin")]
    [InlineData("yelped", "yelp")]
    [InlineData("tingled", "tingle")]
    [InlineData("tingling", "tingly")]
    [InlineData("stabbed", "stabbing")]
    [InlineData("throbs", "throbbing")]
    [InlineData("fainted", "faint")]
    [InlineData("dizzier", "dizzy")]
    public void A_word_with_an_ending_is_the_same_word_as_its_list_form(string said, string listWord) =>
        Assert.True(WordForms.SameWord(said, listWord));

    [Theory]
    // A bare word is not a longer list word: a scar is not scary.
    [InlineData("scar", "scary")]
    // Short words are never folded.
    [InlineData("pops", "pop")]
    [InlineData("bads", "bad")]
    // "-ss" is not a plural.
    [InlineData("numbness", "numb")]
    // Different stems stay different.
    [InlineData("started", "sharp")]
    [InlineData("need", "ned")]
    public void A_different_or_short_word_is_not_folded_to_a_list_word(string said, string listWord) =>
        Assert.False(WordForms.SameWord(said, listWord));

    [Theory]
    [InlineData("spinning", "spin")]
    [InlineData("scary", "scar")]
    [InlineData("tingles", "tingl")]
    [InlineData("throbbed", "throb")]
    [InlineData("need", "need")]
    [InlineData("it's", "it's")]
    public void Folding_strips_one_ending_a_final_e_and_a_doubled_consonant(string word, string folded) =>
        Assert.Equal(folded, WordForms.Fold(word));
}
