using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SeatedRelease.Practice.Script;

/// <summary>Typed reads of YAML nodes that fail with the file and line of the node.</summary>
internal sealed class YamlReader(string file)
{
    public string File { get; } = file;

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    /// <summary>The root mapping of a file of one YAML document; malformed YAML fails with its line.</summary>
    public YamlMappingNode LoadRoot(string yaml, string what)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new ScriptException(File, (int)e.Start.Line, null, $"not valid YAML: {e.InnerException?.Message ?? e.Message}");
        }
        if (stream.Documents.Count != 1)
        {
            throw new ScriptException(File, 1, null, "expected exactly one YAML document.");
        }
        return Mapping(stream.Documents[0].RootNode, null, what);
    }

    public ScriptException Error(YamlNode node, string? stepId, string problem) => new(File, LineOf(node), stepId, problem);

    public YamlMappingNode Mapping(YamlNode node, string? stepId, string what) =>
        node as YamlMappingNode ?? throw Error(node, stepId, $"{what} must be a mapping of keys to values.");

    public YamlSequenceNode Sequence(YamlNode node, string? stepId, string what) =>
        node as YamlSequenceNode ?? throw Error(node, stepId, $"{what} must be a list.");

    public string Scalar(YamlNode node, string? stepId, string what)
    {
        if (node is not YamlScalarNode { Value: { } value })
        {
            throw Error(node, stepId, $"{what} must be a single value.");
        }
        return value;
    }

    public string Text(YamlNode node, string? stepId, string what)
    {
        var value = Scalar(node, stepId, what).Trim();
        return value.Length > 0 ? value : throw Error(node, stepId, $"{what} is empty.");
    }

    public int Int(YamlNode node, string? stepId, string what, int min) =>
        int.TryParse(Scalar(node, stepId, what), out var n) && n >= min
            ? n
            : throw Error(node, stepId, $"{what} must be a whole number of at least {min}.");

    public double Seconds(YamlNode node, string? stepId, string what)
    {
        var raw = Scalar(node, stepId, what);
        return double.TryParse(raw, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var s) && s >= 0 && s <= 120
            ? s
            : throw Error(node, stepId, $"{what} must be a number of seconds from 0 to 120, not '{raw}'.");
    }

    public bool Bool(YamlNode node, string? stepId, string what) =>
        Scalar(node, stepId, what) switch
        {
            "true" => true,
            "false" => false,
            var other => throw Error(node, stepId, $"{what} must be true or false, not '{other}'."),
        };

    /// <summary>The entries of a mapping with only the allowed keys; an unknown key is a typo worth failing on.</summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(YamlMappingNode map, string? stepId, IReadOnlyCollection<string>? allowed)
    {
        foreach (var (k, v) in map.Children)
        {
            var key = Scalar(k, stepId, "A key");
            if (allowed is not null && !allowed.Contains(key))
            {
                throw Error(k, stepId, $"unknown key '{key}'; expected one of: {string.Join(", ", allowed)}.");
            }
            yield return (key, k, v);
        }
    }
}
