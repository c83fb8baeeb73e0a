using System;

namespace Microsoft.Xrm.Sdk.StandIn.Tests;

public sealed class InvalidPluginExecutionExceptionTests
{
    [Fact]
    public void A_message_only_exception_reports_a_failed_status()
    {
        var exception = new InvalidPluginExecutionException("Choose a relationship partner first.");

        Assert.Equal(OperationStatus.Failed, exception.Status);
        Assert.Equal("Choose a relationship partner first.", exception.Message);
        Assert.Equal(PluginHttpStatusCode.NotSet, exception.HttpStatus);
    }

    [Fact]
    public void A_non_zero_error_code_becomes_the_ErrorCode_and_zero_keeps_the_default()
    {
        var withCode = new InvalidPluginExecutionException(OperationStatus.Canceled, -2147220891, "Canceled.");
        var withoutCode = new InvalidPluginExecutionException(OperationStatus.Canceled, 0, "Canceled.");

        Assert.Equal(-2147220891, withCode.ErrorCode);
        Assert.Equal(OperationStatus.Canceled, withCode.Status);
        Assert.Equal(new Exception().HResult, withoutCode.ErrorCode);
    }

    [Fact]
    public void The_inner_exception_is_kept()
    {
        var inner = new InvalidOperationException("root cause");

        var exception = new InvalidPluginExecutionException("Could not update the account.", inner);

        Assert.Same(inner, exception.InnerException);
    }

    [Fact]
    public void The_http_status_constructor_keeps_the_status()
    {
        var exception = new InvalidPluginExecutionException("Too many requests.", PluginHttpStatusCode.TooManyRequests);

        Assert.Equal(429, (int)exception.HttpStatus);
    }
}
