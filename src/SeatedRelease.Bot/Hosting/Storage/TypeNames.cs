using System.Collections.Concurrent;
using System.Text;
using Newtonsoft.Json.Serialization;

namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// The type names written into stored items, worked out once per type. Newtonsoft rebuilds each one on every
/// object it writes (the assembly-qualified name, then stripped of version, culture and key), which for a practice
/// item's generic lists cost more than the values. The names are the same ones: assembly names kept, version,
/// culture and public key token left out. Reading binds names as the default binder does.
/// </summary>
internal sealed class TypeNames : ISerializationBinder
{
    private static readonly string[] Details = [", Version=", ", Culture=", ", PublicKeyToken="];

    private readonly ConcurrentDictionary<Type, string> _names = new();
    private readonly DefaultSerializationBinder _reader = new();

    public Type BindToType(string? assemblyName, string typeName) => _reader.BindToType(assemblyName, typeName);

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        // The whole name goes in typeName: the writer joins the two with ", " only when an assembly name is given.
        assemblyName = null;
        typeName = _names.GetOrAdd(serializedType, static t => WithoutDetails(t.AssemblyQualifiedName ?? t.FullName ?? t.Name));
    }

    /// <summary>An assembly-qualified name without the version, culture and public key token of any assembly in it.</summary>
    public static string WithoutDetails(string qualified)
    {
        var name = new StringBuilder(qualified.Length);
        for (var i = 0; i < qualified.Length;)
        {
            var detail = Array.Find(Details, d => string.CompareOrdinal(qualified, i, d, 0, d.Length) == 0);
            if (detail is null)
            {
                name.Append(qualified[i++]);
                continue;
            }
            // A detail runs to the next comma or closing bracket.
            i += detail.Length;
            while (i < qualified.Length && qualified[i] is not (',' or ']')) i++;
        }
        return name.ToString();
    }
}
