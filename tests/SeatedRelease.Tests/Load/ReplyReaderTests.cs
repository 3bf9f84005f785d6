using System.Text;
using SeatedRelease.Load;

namespace SeatedRelease.Tests.Load;

public sealed class ReplyReaderTests
{
    private static Reply Read(string json) => ReplyReader.Read(Encoding.UTF8.GetBytes(json), "ready");

    [Fact]
    public void Only_the_messages_own_text_counts_not_text_inside_a_card_action_or_another_object()
    {
        var reply = Read("""
            {"activities":[
              {"type":"message","from":{"id":"bot","text":"not this"},"text":"First line.","inputHint":"ignoringInput"},
              {"type":"delay","value":2000},
              {"type":"message","text":"Say ready.","inputHint":"expectingInput",
               "suggestedActions":{"actions":[{"type":"imBack","title":"Ready","text":"nor this","value":"Ready"}]}}
            ]}
            """);

        Assert.Equal(["First line.", "Say ready."], reply.Texts);
        Assert.Equal("expectingInput", reply.LastInputHint);
    }

    [Theory]
    [InlineData("""{"activities":[{"type":"message","text":"  "}]}""")]
    [InlineData("""{"activities":[{"type":"typing"}]}""")]
    [InlineData("""{"replies":[]}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""{"activities":[{"type":"message","text":"cut off""")]
    public void An_answer_without_a_readable_message_is_a_failed_turn(string json)
    {
        Assert.Throws<TurnFailedException>(() => Read(json));
    }
}
