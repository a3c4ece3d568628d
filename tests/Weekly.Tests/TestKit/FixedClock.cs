namespace Weekly.Tests.TestKit;

/// <summary>A clock stopped at one instant.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>
    /// The clock of every test build that names none (<see cref="TestSite"/>, <see cref="RealSite"/>): 1 January 2030, 00:00 UTC,
    /// so which issues are scheduled never depends on the day the tests run.
    /// </summary>
    public static FixedClock Default { get; } = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
