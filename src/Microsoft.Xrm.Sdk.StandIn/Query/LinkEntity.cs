using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>
/// A join from one table to another: from column of the "from" table equals to column of the "to"
/// table. Columns of the linked table come back as <see cref="AliasedValue"/>s named "alias.column".
/// </summary>
public sealed class LinkEntity : IExtensibleDataObject
{
    private ColumnSet _columns = new();
    private FilterExpression _linkCriteria = new();

    /// <summary>An empty inner join.</summary>
    public LinkEntity()
    {
    }

    /// <summary>A join of the given tables on the given columns.</summary>
    public LinkEntity(string linkFromEntityName, string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        LinkFromEntityName = linkFromEntityName;
        LinkToEntityName = linkToEntityName;
        LinkFromAttributeName = linkFromAttributeName;
        LinkToAttributeName = linkToAttributeName;
        JoinOperator = joinOperator;
    }

    /// <summary>The table joined from.</summary>
    public string LinkFromEntityName { get; set; }

    /// <summary>The table joined to.</summary>
    public string LinkToEntityName { get; set; }

    /// <summary>The column of the "from" table.</summary>
    public string LinkFromAttributeName { get; set; }

    /// <summary>The column of the "to" table.</summary>
    public string LinkToAttributeName { get; set; }

    /// <summary>The join kind.</summary>
    public JoinOperator JoinOperator { get; set; }

    /// <summary>The alias of the linked table's columns.</summary>
    public string EntityAlias { get; set; }

    /// <summary>The linked table's columns to return.</summary>
    public ColumnSet Columns
    {
        get => _columns;
        set => _columns = value ?? new ColumnSet();
    }

    /// <summary>Conditions on the linked table.</summary>
    public FilterExpression LinkCriteria
    {
        get => _linkCriteria;
        set => _linkCriteria = value ?? new FilterExpression();
    }

    /// <summary>Further joins from the linked table.</summary>
    public DataCollection<LinkEntity> LinkEntities { get; } = new();

    /// <summary>Sort keys on the linked table.</summary>
    public DataCollection<OrderExpression> Orders { get; } = new();

    /// <inheritdoc />
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Adds and returns an inner join from this linked table.</summary>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
        AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

    /// <summary>Adds and returns a join from this linked table.</summary>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(LinkToEntityName!, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }
}
