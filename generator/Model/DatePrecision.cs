namespace StaticKb.Model;

public enum DatePrecision
{
    Year,
    Month,
    Day,
}
