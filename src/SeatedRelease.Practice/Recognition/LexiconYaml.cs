using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// Reads lexicon.yaml into a <see cref="LexiconFile"/>, keeping the line of every entry. A key no section knows is
/// collected as a problem and skipped, so one misspelt key does not hide the others; a file YAML cannot read, or a
/// value of the wrong shape, stops the reading at its line.
/// </summary>
internal static class LexiconYaml
{
    public static LexiconFile? Read(string yaml, List<(long Line, string Message)> problems)
    {
        var deserializer = new DeserializerBuilder()
            .WithNodeDeserializer(new LineKeepingDeserializer(problems), s => s.OnTop())
            .Build();
        try
        {
            // Syntax first, over the whole file, so a broken line is named before any misshapen value above it.
            for (var parser = new Parser(new StringReader(yaml)); parser.MoveNext();)
            {
            }
            return deserializer.Deserialize<LexiconFile?>(yaml);
        }
        catch (YamlException e)
        {
            problems.Add((e.Start.Line, e is ShapeException shape ? shape.Text : $"not valid YAML: {(e.InnerException ?? e).Message}"));
            return null;
        }
    }

    private sealed class ShapeException(ParsingEvent at, string text) : YamlException(at.Start, at.End, text)
    {
        public string Text { get; } = text;
    }

    /// <summary>
    /// Builds an <see cref="Entry"/> from a scalar, and a <see cref="Section"/> or a keyed mapping key by key, keeping the
    /// path of keys so a problem can say where it is ("intents.stop.phrases"). Lists are left to YamlDotNet once their
    /// shape is right.
    /// </summary>
    private sealed class LineKeepingDeserializer(List<(long Line, string Message)> problems) : INodeDeserializer
    {
        private readonly Stack<string> _path = new();

        public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
        {
            value = null;
            if (expectedType == typeof(Entry))
            {
                var scalar = reader.Accept<Scalar>(out var found) ? found : throw Misshapen(reader, "a word or phrase");
                reader.MoveNext();
                value = new Entry(scalar.Value, (int)scalar.Start.Line);
                return true;
            }
            bool section = typeof(Section).IsAssignableFrom(expectedType);
            bool keyed = expectedType.IsGenericType && expectedType.GetGenericTypeDefinition() == typeof(Dictionary<,>);
            bool list = expectedType.IsGenericType && expectedType.GetGenericTypeDefinition() == typeof(List<>);
            if (!section && !keyed && !list)
            {
                return false;
            }
            if (reader.Accept<Scalar>(out var empty) && empty.Value.Length == 0)
            {
                // Nothing written after the key: the section is left as if it were absent.
                reader.MoveNext();
                return true;
            }
            if (list)
            {
                return reader.Accept<SequenceStart>(out _) ? false : throw Misshapen(reader, "a list");
            }
            var start = reader.Accept<MappingStart>(out var mapping) ? mapping : throw Misshapen(reader, "a mapping");
            reader.MoveNext();
            value = section ? ReadSection(reader, expectedType, (int)start.Start.Line, nestedObjectDeserializer) : ReadKeyed(reader, expectedType, nestedObjectDeserializer);
            return true;
        }

        private Section ReadSection(IParser reader, Type type, int line, Func<IParser, Type, object?> nested)
        {
            var section = (Section)Activator.CreateInstance(type)!;
            section.Line = line;
            var properties = Properties(type);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (!reader.TryConsume<MappingEnd>(out _))
            {
                var key = reader.Consume<Scalar>();
                if (!seen.Add(key.Value))
                {
                    SkipDuplicate(reader, key.Value, key.Start.Line);
                }
                else if (!properties.TryGetValue(key.Value, out var property))
                {
                    string expected = string.Join(", ", properties.Keys);
                    problems.Add((key.Start.Line, _path.Count == 0
                        ? $"unknown key '{key.Value}' (expected one of: {expected})"
                        : $"{Path()}: unknown key '{key.Value}' (expected {expected})"));
                    reader.SkipThisAndNestedEvents();
                }
                else if (Nested(reader, key.Value, property.PropertyType, nested) is { } read)
                {
                    property.SetValue(section, read);
                }
            }
            return section;
        }

        private System.Collections.IDictionary ReadKeyed(IParser reader, Type type, Func<IParser, Type, object?> nested)
        {
            var result = (System.Collections.IDictionary)Activator.CreateInstance(type)!;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (!reader.TryConsume<MappingEnd>(out _))
            {
                var key = (Entry)nested(reader, typeof(Entry))!;
                if (!seen.Add(key.Text))
                {
                    SkipDuplicate(reader, key.Text, key.Line);
                }
                else
                {
                    result[key] = Nested(reader, key.Text, type.GetGenericArguments()[1], nested);
                }
            }
            return result;
        }

        // The second of two same keys would silently win over the first; it is named and left out instead.
        private void SkipDuplicate(IParser reader, string key, long line)
        {
            problems.Add((line, $"{(_path.Count == 0 ? "" : Path() + ": ")}'{key}' is written twice"));
            reader.SkipThisAndNestedEvents();
        }

        private object? Nested(IParser reader, string key, Type type, Func<IParser, Type, object?> nested)
        {
            _path.Push(key);
            try
            {
                return nested(reader, type);
            }
            finally
            {
                _path.Pop();
            }
        }

        private ShapeException Misshapen(IParser reader, string expected) =>
            new(reader.Current!, $"{(_path.Count == 0 ? "" : Path() + ": ")}expected {expected}, found {Shape(reader.Current!)}");

        private string Path() => string.Join('.', _path.Reverse());

        private static string Shape(ParsingEvent found) => found switch
        {
            Scalar => "a word",
            SequenceStart => "a list",
            MappingStart => "a mapping",
            _ => found.GetType().Name,
        };

        private static Dictionary<string, PropertyInfo> Properties(Type type) => type
            .GetProperties()
            .Where(p => p.GetCustomAttribute<YamlIgnoreAttribute>() is null)
            .ToDictionary(p => p.GetCustomAttribute<YamlMemberAttribute>()?.Alias ?? UnderscoredNamingConvention.Instance.Apply(p.Name));
    }
}
