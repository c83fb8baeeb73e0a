using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;

namespace CrmJourney.Benchmarks.Infrastructure;

/// <summary>
/// Runs one benchmark method once, untimed, the way BenchmarkDotNet would prepare it — parameters set,
/// then [GlobalSetup] and [IterationSetup] (the ones targeting the method, else the untargeted ones) —
/// and counts the requests the method alone makes through <see cref="IRequestCounted.Counters"/>.
/// The "Requests" column runs it in the host process after the timed runs; the benchmark tests run it
/// to assert each benchmark's request count and that its work happened.
/// </summary>
public static class CountedRun
{
    /// <summary>
    /// Sets <paramref name="parameters"/> ([Params] members by name), runs the setups and then
    /// <paramref name="methodName"/> once with <paramref name="arguments"/> ([Arguments] values) while
    /// counting. Cleanups do not run, so the caller can still inspect <paramref name="benchmark"/>;
    /// call <see cref="Cleanup"/> when done.
    /// </summary>
    public static CountedOperation Execute(IRequestCounted benchmark, string methodName, IReadOnlyDictionary<string, object?>? parameters = null, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        var method = benchmark.GetType().GetMethod(methodName, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new ArgumentException($"{benchmark.GetType().Name} has no public method {methodName}.", nameof(methodName));
        foreach (var (name, value) in parameters ?? new Dictionary<string, object?>())
        {
            SetMember(benchmark, name, value);
        }

        Invoke(benchmark, SetupFor<GlobalSetupAttribute>(benchmark.GetType(), methodName, a => a.Targets));
        Invoke(benchmark, SetupFor<IterationSetupAttribute>(benchmark.GetType(), methodName, a => a.Targets));
        benchmark.Counters.Reset();
        var result = Await(method.Invoke(benchmark, arguments));
        return new CountedOperation(benchmark.Counters.Total, result);
    }

    /// <summary>Runs a benchmark case of BenchmarkDotNet's in a new instance of its class, cleanups included.</summary>
    public static CountedOperation Execute(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var descriptor = benchmarkCase.Descriptor;
        var instance = Activator.CreateInstance(descriptor.Type) as IRequestCounted
            ?? throw new ArgumentException($"{descriptor.Type.Name} does not implement {nameof(IRequestCounted)}.", nameof(benchmarkCase));
        var members = benchmarkCase.Parameters.Items.Where(p => !p.IsArgument).ToDictionary(p => p.Name, p => (object?)p.Value);
        var arguments = benchmarkCase.Parameters.Items.Where(p => p.IsArgument).Select(p => p.Value).ToArray();
        try
        {
            return Execute(instance, descriptor.WorkloadMethod.Name, members, arguments);
        }
        finally
        {
            Cleanup(instance, descriptor.WorkloadMethod.Name);
        }
    }

    /// <summary>Runs the [IterationCleanup] and [GlobalCleanup] that apply to <paramref name="methodName"/>.</summary>
    public static void Cleanup(object benchmark, string methodName)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        Invoke(benchmark, SetupFor<IterationCleanupAttribute>(benchmark.GetType(), methodName, a => a.Targets));
        Invoke(benchmark, SetupFor<GlobalCleanupAttribute>(benchmark.GetType(), methodName, a => a.Targets));
        (benchmark as IDisposable)?.Dispose();
    }

    /// <summary>BenchmarkDotNet's rule: a method targeting this benchmark wins over an untargeted one.</summary>
    private static MethodInfo? SetupFor<TAttribute>(Type type, string methodName, Func<TAttribute, string[]> targets)
        where TAttribute : Attribute
    {
        var candidates = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<TAttribute>()))
            .Where(c => c.Attribute != null)
            .ToList();
        return candidates.FirstOrDefault(c => targets(c.Attribute!)?.Contains(methodName) == true).Method
            ?? candidates.FirstOrDefault(c => targets(c.Attribute!) is not { Length: > 0 }).Method;
    }

    private static void Invoke(object benchmark, MethodInfo? method)
    {
        if (method != null)
        {
            Await(method.Invoke(benchmark, null));
        }
    }

    private static object? Await(object? returned)
    {
        if (returned is not Task task)
        {
            return returned;
        }

        task.GetAwaiter().GetResult();
        var resultProperty = task.GetType().GetProperty(nameof(Task<int>.Result));
        return resultProperty != null && task.GetType().IsGenericType ? resultProperty.GetValue(task) : null;
    }

    private static void SetMember(object benchmark, string name, object? value)
    {
        var type = benchmark.GetType();
        if (type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is { CanWrite: true } property)
        {
            property.SetValue(benchmark, value);
        }
        else if (type.GetField(name, BindingFlags.Public | BindingFlags.Instance) is { } field)
        {
            field.SetValue(benchmark, value);
        }
        else
        {
            throw new ArgumentException($"{type.Name} has no public settable member {name} for a parameter.", nameof(name));
        }
    }
}
