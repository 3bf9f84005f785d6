namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>A topic asked about, by its own question word or one elsewhere; "should I ... wear socks": a topic named after a general frame is the more precise question.</summary>
internal sealed class QuestionTopicRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site)
    {
        if (site.Intent != Intent.Question)
        {
            return null;
        }
        return (site.Phrase.SelfCued || site.QuestionCue) && (!site.HasTopic || (site.GeneralTopic && !site.Phrase.General))
            ? PhraseReading.Topic
            : PhraseReading.Nothing;
    }
}
