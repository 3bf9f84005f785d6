using System.Text.Json;
using SeatedRelease.Bot.Alexa;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Alexa;

/// <summary>The skill package in deploymentTemplates/alexa fits what the endpoint handles.</summary>
public sealed class AlexaSkillPackageTests
{
    private static JsonElement Model()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Repo.Path_("deploymentTemplates", "alexa", "skill-package", "interactionModels", "custom", "en-US.json")));
        return doc.RootElement.GetProperty("interactionModel").GetProperty("languageModel").Clone();
    }

    [Fact]
    public void The_model_declares_every_intent_the_endpoint_maps_and_no_other()
    {
        var declared = Model().GetProperty("intents").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();
        Assert.Equal(declared.Distinct().Order(), declared.Order());
        Assert.Equal(AlexaIntents.All.Order(), declared.Order());
    }

    [Fact]
    public void The_catch_all_intent_is_one_slot_of_free_speech_alone()
    {
        var model = Model();
        var speech = model.GetProperty("intents").EnumerateArray().Single(i => i.GetProperty("name").GetString() == AlexaIntents.Speech);
        var slot = Assert.Single(speech.GetProperty("slots").EnumerateArray());
        Assert.Equal(AlexaIntents.SpeechSlot, slot.GetProperty("name").GetString());
        Assert.Contains("{" + AlexaIntents.SpeechSlot + "}", speech.GetProperty("samples").EnumerateArray().Select(s => s.GetString()));
        var type = model.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("name").GetString() == slot.GetProperty("type").GetString());
        var values = type.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("name").GetProperty("value").GetString()!).ToList();
        // Varied lengths teach Alexa that anything may fill the slot.
        Assert.True(values.Count >= 50, $"{values.Count} sample values");
        Assert.Contains(values, v => v.Split(' ').Length >= 5);
        // Words a built-in owns stay with the built-in: "stop" must reach the close, not the practice's own stop.
        foreach (var owned in new[] { "stop", "cancel", "yes", "no", "help", "repeat", "pause", "resume" }) Assert.DoesNotContain(owned, values);
    }

    [Fact]
    public void Every_button_word_of_the_script_can_be_said_to_alexa()
    {
        var values = Model().GetProperty("types").EnumerateArray().SelectMany(t => t.GetProperty("values").EnumerateArray())
            .Select(v => v.GetProperty("name").GetProperty("value").GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builtIn = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "yes", "no", "help", "repeat", "pause", "resume", "stop" };
        var missing = BotHarness.Script.Suggestions.Values.SelectMany(s => s)
            .Where(s => !builtIn.Contains(s) && !values.Contains(s))
            .Distinct().ToList();
        Assert.True(missing.Count == 0, "not in the model: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_manifest_points_at_the_endpoint_and_the_invocation_name_is_alexas_shape()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Repo.Path_("deploymentTemplates", "alexa", "skill-package", "skill.json")));
        var manifest = doc.RootElement.GetProperty("manifest");
        var endpoint = manifest.GetProperty("apis").GetProperty("custom").GetProperty("endpoint").GetProperty("uri").GetString()!;
        Assert.StartsWith("https://", endpoint, StringComparison.Ordinal);
        Assert.EndsWith(AlexaEndpoint.Path, endpoint, StringComparison.Ordinal);
        var invocation = Model().GetProperty("invocationName").GetString()!;
        Assert.Matches("^[a-z]+( [a-z]+)+$", invocation);
        Assert.Contains(invocation, manifest.GetProperty("publishingInformation").GetProperty("locales").GetProperty("en-US").GetProperty("examplePhrases")[0].GetString()!, StringComparison.Ordinal);
    }
}
