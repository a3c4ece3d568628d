// Types that point the wrong way on purpose, for NamespaceDirectionTests.A_back_edge_in_compiled_code_is_found: the test
// scans this assembly's Weekly.Tests.Architecture.BackEdge namespaces and nothing else reads them.
namespace Weekly.Tests.Architecture.BackEdge.Low
{
    /// <summary>Lower layer calling a method of the upper one: the back edge the reader must find.</summary>
    public static class LowCaller
    {
        /// <summary>Calls <see cref="High.HighService.Count"/>.</summary>
        public static int Use() => High.HighService.Count();
    }
}

namespace Weekly.Tests.Architecture.BackEdge.ConstOnly
{
    /// <summary>Uses the upper layer only through a <c>const</c> and an enum value, both copied in by the compiler: no edge.</summary>
    public static class ConstReader
    {
        /// <summary>The upper layer's limit plus the number of its enum member.</summary>
        public static int Read() => High.HighService.Limit + (int)High.HighKind.Second;
    }
}

namespace Weekly.Tests.Architecture.BackEdge.High
{
    /// <summary>The upper layer: may use the lower one.</summary>
    public static class HighService
    {
        /// <summary>A constant, inlined where it is used.</summary>
        public const int Limit = 3;

        /// <summary>One.</summary>
        public static int Count() => 1;

        /// <summary>A downward edge, which is allowed.</summary>
        public static int Both() => Low.LowCaller.Use() + ConstOnly.ConstReader.Read();
    }

    /// <summary>An enum whose members compile to numbers.</summary>
    public enum HighKind
    {
        /// <summary>0.</summary>
        First,

        /// <summary>1.</summary>
        Second,
    }
}
