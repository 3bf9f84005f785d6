using System.Text.Json;
using System.Text.RegularExpressions;
using SeatedRelease.Bot.DirectLine;
using SeatedRelease.Practice.Rendering;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Deployment;

/// <summary>
/// Every ARM template and parameter file under deploymentTemplates/: parses, declares what it uses and uses what it
/// declares, and writes only app settings the host reads. "Read by the host" means: a key of the root
/// appsettings.json (the one configuration file, which lists every key with its default), or a property of an
/// options class the host binds a whole section to (Speech → SpeechOptions, DirectLine → LocalDirectLineOptions).
/// </summary>
public sealed partial class DeploymentTemplateTests
{
    private static readonly string Folder = Repo.Path_("deploymentTemplates");

    [GeneratedRegex(@"parameters\('([^']+)'\)")]
    private static partial Regex ParameterUse();

    [GeneratedRegex(@"variables\('([^']+)'\)")]
    private static partial Regex VariableUse();

    private static IEnumerable<(string Path, JsonElement Root)> Files(string schemaEnding) =>
        Directory.EnumerateFiles(Folder, "*.json", SearchOption.AllDirectories)
            .Select(p => (p, JsonDocument.Parse(File.ReadAllText(p)).RootElement))
            .Where(f => f.RootElement.TryGetProperty("$schema", out var s) && s.GetString()!.EndsWith(schemaEnding, StringComparison.Ordinal));

    private static List<(string Path, JsonElement Root)> Templates() => Files("deploymentTemplate.json#").ToList();

    private static List<(string Path, JsonElement Root)> ParameterFiles() => Files("deploymentParameters.json#").ToList();

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value).Append(p.Name)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    private static HashSet<string> Used(JsonElement template, Regex use, params string[] sections) =>
        template.EnumerateObject().Where(p => !sections.Contains(p.Name)).SelectMany(p => Strings(p.Value))
            .SelectMany(s => use.Matches(s).Select(m => m.Groups[1].Value)).ToHashSet();

    private static HashSet<string> Declared(JsonElement template, string section) =>
        template.TryGetProperty(section, out var s) ? s.EnumerateObject().Select(p => p.Name).ToHashSet() : [];

    [Fact]
    public void There_is_a_template_and_a_parameter_file_for_each_kind_of_bot_identity()
    {
        Assert.Single(Templates());
        Assert.Equal(2, ParameterFiles().Count);
    }

    [Fact]
    public void Every_parameter_and_variable_is_used_and_every_one_used_is_declared()
    {
        foreach (var (path, template) in Templates())
        {
            // A parameter's own defaultValue may use other parameters, so only the parameters' names are left out.
            var usedParameters = Used(template, ParameterUse(), "parameters").Concat(
                template.GetProperty("parameters").EnumerateObject().SelectMany(p => Strings(p.Value)).SelectMany(s => ParameterUse().Matches(s).Select(m => m.Groups[1].Value))).ToHashSet();
            Assert.Equal(Declared(template, "parameters").Order(), usedParameters.Order());
            var usedVariables = Used(template, VariableUse(), "variables").Concat(
                template.GetProperty("variables").EnumerateObject().SelectMany(p => Strings(p.Value)).SelectMany(s => VariableUse().Matches(s).Select(m => m.Groups[1].Value))).ToHashSet();
            Assert.True(Declared(template, "variables").SetEquals(usedVariables), $"{path}: variables declared {string.Join(",", Declared(template, "variables").Order())}, used {string.Join(",", usedVariables.Order())}");
        }
    }

    [Fact]
    public void Every_expression_has_balanced_brackets_parentheses_and_quotes()
    {
        foreach (var (path, template) in Templates())
        {
            foreach (var s in Strings(template).Where(s => s.StartsWith('[') && !s.StartsWith("[[", StringComparison.Ordinal)))
            {
                Assert.True(s.EndsWith(']'), $"{path}: expression not closed: {s}");
                var depth = 0;
                var quoted = false;
                foreach (var c in s[1..^1])
                {
                    if (c == '\'') quoted = !quoted;
                    else if (!quoted && c == '(') depth++;
                    else if (!quoted && c == ')') depth--;
                    Assert.True(depth >= 0, $"{path}: ')' before '(' in {s}");
                }
                Assert.True(depth == 0 && !quoted, $"{path}: unbalanced expression {s}");
            }
        }
    }

    [Fact]
    public void Every_parameter_file_sets_only_declared_parameters_with_allowed_values_and_every_required_one()
    {
        var template = Templates().Single().Root.GetProperty("parameters");
        foreach (var (path, file) in ParameterFiles())
        {
            var given = file.GetProperty("parameters");
            foreach (var p in given.EnumerateObject())
            {
                Assert.True(template.TryGetProperty(p.Name, out var declared), $"{path}: '{p.Name}' is not a parameter of the template");
                var value = p.Value.GetProperty("value");
                Assert.NotEqual("securestring", declared.GetProperty("type").GetString()); // secrets go on the command line
                if (declared.TryGetProperty("allowedValues", out var allowed))
                {
                    Assert.Contains(value.ToString(), allowed.EnumerateArray().Select(a => a.ToString()));
                }
            }
            foreach (var p in template.EnumerateObject().Where(p => !p.Value.TryGetProperty("defaultValue", out _)))
            {
                Assert.True(given.TryGetProperty(p.Name, out _), $"{path}: required parameter '{p.Name}' is missing");
            }
        }
    }

    private static HashSet<string> HostKeys()
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Walk(JsonElement e, string prefix)
        {
            if (prefix.Length > 0) keys.Add(prefix);
            if (e.ValueKind != JsonValueKind.Object) return;
            foreach (var p in e.EnumerateObject()) Walk(p.Value, prefix.Length == 0 ? p.Name : $"{prefix}:{p.Name}");
        }
        Walk(JsonDocument.Parse(File.ReadAllText(Repo.Path_("appsettings.json"))).RootElement, "");
        foreach (var (section, type) in new[] { ("Speech", typeof(SpeechOptions)), (LocalDirectLineOptions.SectionName, typeof(LocalDirectLineOptions)) })
        {
            foreach (var property in type.GetProperties().Where(p => p.CanWrite)) keys.Add($"{section}:{property.Name}");
        }
        return keys;
    }

    private static List<string> AppSettings(JsonElement template) =>
        template.GetProperty("resources").EnumerateArray()
            .Where(r => r.GetProperty("type").GetString() == "Microsoft.Web/sites")
            .SelectMany(r => r.GetProperty("properties").GetProperty("siteConfig").GetProperty("appSettings").EnumerateArray())
            .Select(s => s.GetProperty("name").GetString()!.Replace("__", ":", StringComparison.Ordinal))
            .ToList();

    [Fact]
    public void The_app_settings_written_are_keys_the_host_reads_and_include_authentication_and_blob_state()
    {
        var hostKeys = HostKeys();
        var settings = AppSettings(Templates().Single().Root);
        Assert.All(settings, s => Assert.True(hostKeys.Contains(s), $"the template writes '{s}', which the host does not read"));
        Assert.Equal(settings.Count, settings.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var needed in new[] { "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "Storage:Kind", "Storage:ConnectionString", "Storage:Container", "Skill:AllowedCallers" })
        {
            Assert.Contains(needed, settings);
        }
    }

    [Fact]
    public void The_host_key_list_would_catch_a_misspelt_setting()
    {
        // Guards the test above against a key list so loose that anything passes.
        var hostKeys = HostKeys();
        Assert.DoesNotContain("Storage:ConnectionStrings", hostKeys);
        Assert.DoesNotContain("Speech:Voices", hostKeys);
        Assert.DoesNotContain("MicrosoftAppSecret", hostKeys);
        Assert.Contains("DirectLine:Enabled", hostKeys);
    }

    [Fact]
    public void The_bot_has_the_teams_direct_line_web_chat_and_speech_channels_and_points_at_api_messages()
    {
        var resources = Templates().Single().Root.GetProperty("resources").EnumerateArray().ToList();
        var channels = resources.Where(r => r.GetProperty("type").GetString() == "Microsoft.BotService/botServices/channels")
            .Select(r => r.GetProperty("properties").GetProperty("channelName").GetString()).Order();
        Assert.Equal(["DirectLineChannel", "DirectLineSpeechChannel", "MsTeamsChannel", "WebChatChannel"], channels);
        var bot = resources.Single(r => r.GetProperty("type").GetString() == "Microsoft.BotService/botServices");
        Assert.Equal("azurebot", bot.GetProperty("kind").GetString());
        Assert.EndsWith("'/api/messages')]", bot.GetProperty("properties").GetProperty("endpoint").GetString(), StringComparison.Ordinal);
        var site = resources.Single(r => r.GetProperty("type").GetString() == "Microsoft.Web/sites");
        Assert.Equal("DOTNETCORE|10.0", site.GetProperty("properties").GetProperty("siteConfig").GetProperty("linuxFxVersion").GetString());
    }
}
