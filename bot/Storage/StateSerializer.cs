using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace LeadBot.Bot.Storage;

/// <summary>
/// How bot state is written as text in the BotState table. Typed, so it reads back as the objects that were written (as
/// with the Bot Framework's own storages), but a type name is written only where the declared type does not say it
/// (<see cref="TypeNameHandling.Auto"/>), and null properties of Bot Framework schema objects are left out: a
/// conversation's state is about half the text it would be otherwise. Text with every type named reads back the same.
/// </summary>
public static class StateSerializer
{
    /// <summary>The settings every state text is written and read with.</summary>
    public static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        TypeNameAssemblyFormatHandling = TypeNameAssemblyFormatHandling.Full,
        SerializationBinder = CachingSerializationBinder.Instance,
        ContractResolver = StateContractResolver.Instance,
        MaxDepth = null,
    };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    /// <summary>The stored text of <paramref name="value"/>; its root type is named, so it reads back as what it was.</summary>
    public static string Serialize(object value)
    {
        var builder = new StringBuilder(1024);
        using (var json = new JsonTextWriter(new StringWriter(builder, CultureInfo.InvariantCulture)) { Formatting = Formatting.None })
        {
            Serializer.Serialize(json, value, typeof(object));
        }

        return builder.ToString();
    }

    /// <summary>The object a stored text stands for.</summary>
    public static object? Deserialize(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json));
        return Serializer.Deserialize(reader);
    }
}

/// <summary>
/// Newtonsoft's default binder, with each type's name computed once instead of for every object written. The name is
/// the one Newtonsoft's simple assembly format writes: the assembly-qualified name without version, culture and key
/// (also inside generic arguments), e.g. <c>System.Collections.Generic.List`1[[System.String, System.Private.CoreLib]], System.Private.CoreLib</c>.
/// </summary>
internal sealed class CachingSerializationBinder : ISerializationBinder
{
    public static readonly CachingSerializationBinder Instance = new();

    private static readonly DefaultSerializationBinder Inner = new();

    private readonly ConcurrentDictionary<Type, string> names = new();
    private readonly ConcurrentDictionary<(string? Assembly, string Type), Type> types = new();

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        // With no assembly name returned, the type name is written as it is.
        assemblyName = null;
        typeName = names.GetOrAdd(serializedType, static type => SimpleName(type.AssemblyQualifiedName ?? type.FullName ?? type.Name));
    }

    public Type BindToType(string? assemblyName, string typeName) =>
        types.TryGetValue((assemblyName, typeName), out var type)
            ? type
            : types.GetOrAdd((assemblyName, typeName), Inner.BindToType(assemblyName, typeName));

    /// <summary>Keeps, at every bracket level, the type name and the assembly name that follows it, and drops the
    /// assembly's further parts (<c>Version=…</c>, <c>Culture=…</c>, <c>PublicKeyToken=…</c>).</summary>
    internal static string SimpleName(string assemblyQualifiedName)
    {
        var result = new StringBuilder(assemblyQualifiedName.Length);
        // Per bracket level: how many commas were seen (1 = in the assembly name, 2+ = in its details). Levels
        // alternate: a type name (odd depth: the whole name, each generic argument) and a list of generic arguments
        // (even depth), whose commas only separate its arguments.
        var commas = new Stack<int>();
        commas.Push(0);
        foreach (var c in assemblyQualifiedName)
        {
            if (c == '[')
            {
                commas.Push(0);
                result.Append(c);
            }
            else if (c == ']')
            {
                commas.Pop();
                result.Append(c);
            }
            else if (c == ',' && commas.Count % 2 == 0)
            {
                result.Append(c);
            }
            else if (c == ',')
            {
                var seen = commas.Pop() + 1;
                commas.Push(seen);
                if (seen == 1)
                {
                    result.Append(c);
                }
            }
            else if (commas.Peek() < 2)
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}

/// <summary>
/// Contracts of stored state: the properties of Bot Framework schema types (<see cref="Microsoft.Bot.Schema.Activity"/>
/// and what it holds) are written only when they have a value; reading such text back gives the same objects, since
/// those properties are null unless set.
/// </summary>
internal sealed class StateContractResolver : DefaultContractResolver
{
    public static readonly StateContractResolver Instance = new();

    private static readonly Assembly SchemaAssembly = typeof(Microsoft.Bot.Schema.Activity).Assembly;

    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);
        if (member.DeclaringType?.Assembly == SchemaAssembly)
        {
            property.NullValueHandling = NullValueHandling.Ignore;
        }

        return property;
    }
}
