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

    /// <summary>Builds an <see cref="Entry"/> from a scalar and a <see cref="Section"/> from a mapping, key by key.</summary>
    private sealed class LineKeepingDeserializer(List<(long Line, string Message)> problems) : INodeDeserializer
    {
        private readonly Stack<string> _path = new();

        public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
        {
            value = null;
            if (expectedType == typeof(Entry))
            {
                if (!reader.TryConsume<Scalar>(out var scalar))
                {
                    throw new ShapeException(reader.Current!, $"{Where()}expected a word or phrase, found {reader.Current!.GetType().Name}");
                }
                value = new Entry(scalar.Value, (int)scalar.Start.Line);
                return true;
            }
            if (!typeof(Section).IsAssignableFrom(expectedType))
            {
                return false;
            }
            if (reader.Accept<Scalar>(out var empty) && empty.Value.Length == 0)
            {
                reader.MoveNext();
                return true;
            }
            if (!reader.TryConsume<MappingStart>(out var start))
            {
                throw new ShapeException(reader.Current!, $"{Where()}expected a mapping, found {reader.Current!.GetType().Name}");
            }
            var section = (Section)Activator.CreateInstance(expectedType)!;
            section.Line = (int)start.Start.Line;
            var properties = Properties(expectedType);
            while (!reader.TryConsume<MappingEnd>(out _))
            {
                var key = reader.Consume<Scalar>();
                if (!properties.TryGetValue(key.Value, out var property))
                {
                    string expected = string.Join(", ", properties.Keys);
                    problems.Add((key.Start.Line, _path.Count == 0
                        ? $"unknown key '{key.Value}' (expected one of: {expected})"
                        : $"{Where()[..^2]}: unknown key '{key.Value}' (expected {expected})"));
                    reader.SkipThisAndNestedEvents();
                    continue;
                }
                _path.Push(key.Value);
                var read = nestedObjectDeserializer(reader, property.PropertyType);
                _path.Pop();
                if (read is not null)
                {
                    property.SetValue(section, read);
                }
            }
            value = section;
            return true;
        }

        private string Where() => _path.Count == 0 ? "" : string.Join('.', _path.Reverse()) + ": ";

        private static Dictionary<string, PropertyInfo> Properties(Type type) => type
            .GetProperties()
            .Where(p => p.GetCustomAttribute<YamlIgnoreAttribute>() is null)
            .ToDictionary(p => p.GetCustomAttribute<YamlMemberAttribute>()?.Alias ?? UnderscoredNamingConvention.Instance.Apply(p.Name));
    }
}
