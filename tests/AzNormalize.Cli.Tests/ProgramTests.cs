using FluentAssertions;

namespace AzNormalize.Cli.Tests;

public sealed class ProgramTests
{
    [Fact]
    public void Placeholder_Builds() => typeof(Program).Should().NotBeNull();
}
