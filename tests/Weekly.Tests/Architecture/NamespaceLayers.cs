using Mono.Cecil;

namespace Weekly.Tests.Architecture;

/// <summary>
/// Which Weekly namespaces the compiled code of each namespace uses, read from the assemblies with Mono.Cecil: every type
/// a type names in its base types, interfaces, fields, properties, method signatures, attributes, local variables and the
/// instructions of its method bodies (calls, field and type tokens), generic arguments included. Each namespace is its own
/// unit: <c>Weekly.Rendering.ViewModels</c> and <c>Weekly.Rendering</c> are checked against each other like any two.
/// What it cannot see, because the compiler leaves no reference to the type behind: a <c>const</c> (its value is copied
/// into the caller), an enum member used only as a value (it compiles to its number), <c>nameof</c>, and types named only
/// in doc comments.
/// </summary>
public static class NamespaceLayers
{
    /// <summary>Every edge "a uses b" between different Weekly namespaces in the given assemblies, with one example of each.</summary>
    public static IReadOnlyDictionary<(string From, string To), string> Edges(IEnumerable<string> assemblyPaths)
    {
        var edges = new Dictionary<(string, string), string>();
        foreach (var path in assemblyPaths)
        {
            using var module = ModuleDefinition.ReadModule(path);
            foreach (var type in module.GetTypes())
            {
                var from = NamespaceOf(type);
                if (!from.StartsWith("Weekly", StringComparison.Ordinal)) continue;
                foreach (var (used, where) in Uses(type))
                {
                    var to = NamespaceOf(used);
                    if (to == from || !(to == "Weekly" || to.StartsWith("Weekly.", StringComparison.Ordinal))) continue;
                    edges.TryAdd((from, to), $"{type.FullName} uses {used.FullName} ({where})");
                }
            }
        }
        return edges;
    }

    /// <summary>A type's namespace; a nested type's is its outermost declaring type's.</summary>
    private static string NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        return type.Namespace;
    }

    private static IEnumerable<(TypeReference Type, string Where)> Uses(TypeDefinition type)
    {
        foreach (var t in Expand(type.BaseType)) yield return (t, "base type");
        foreach (var i in type.Interfaces) foreach (var t in Expand(i.InterfaceType)) yield return (t, "interface");
        foreach (var a in type.CustomAttributes) foreach (var t in Expand(a.AttributeType)) yield return (t, "attribute");
        foreach (var f in type.Fields) foreach (var t in Expand(f.FieldType)) yield return (t, $"field {f.Name}");
        foreach (var p in type.Properties) foreach (var t in Expand(p.PropertyType)) yield return (t, $"property {p.Name}");
        foreach (var m in type.Methods)
        {
            foreach (var t in Expand(m.ReturnType)) yield return (t, $"{m.Name} returns it");
            foreach (var p in m.Parameters) foreach (var t in Expand(p.ParameterType)) yield return (t, $"{m.Name} takes it");
            foreach (var a in m.CustomAttributes) foreach (var t in Expand(a.AttributeType)) yield return (t, $"{m.Name} attribute");
            if (!m.HasBody) continue;
            foreach (var v in m.Body.Variables) foreach (var t in Expand(v.VariableType)) yield return (t, $"{m.Name} local");
            foreach (var instruction in m.Body.Instructions)
            {
                var operand = instruction.Operand switch
                {
                    TypeReference t => Expand(t),
                    MethodReference called => Expand(called.DeclaringType).Concat(Expand(called.ReturnType))
                        .Concat(called is GenericInstanceMethod g ? g.GenericArguments.SelectMany(Expand) : []),
                    FieldReference field => Expand(field.DeclaringType).Concat(Expand(field.FieldType)),
                    _ => [],
                };
                foreach (var t in operand) yield return (t, $"{m.Name} {instruction.OpCode}");
            }
        }
    }

    /// <summary>A type and the types it is made of: element types of arrays and pointers, generic arguments.</summary>
    private static IEnumerable<TypeReference> Expand(TypeReference? type)
    {
        if (type is null) yield break;
        switch (type)
        {
            case GenericInstanceType generic:
                foreach (var t in Expand(generic.ElementType)) yield return t;
                foreach (var arg in generic.GenericArguments) foreach (var t in Expand(arg)) yield return t;
                break;
            case TypeSpecification spec:
                foreach (var t in Expand(spec.ElementType)) yield return t;
                break;
            case GenericParameter:
                break;
            default:
                yield return type;
                break;
        }
    }
}
