using System.Globalization;
using LocalInsights.DemoGenerator.Output;

namespace LocalInsights.DemoGenerator.Devices;

/// <summary>
/// Writes glpi/glpi-export-computers.csv as GLPI 10 exports a computer search: UTF-8 with a byte order mark, ';',
/// CRLF, dates "yyyy-MM-dd HH:mm" in Paris time, "&lt;br&gt;" between the values of a multi-valued cell.
/// </summary>
internal static class GlpiExportWriter
{
    public const string RelativePath = "glpi/glpi-export-computers.csv";

    private static readonly string[] Header =
    [
        "Nom", "Entité", "Statut", "Fabricant", "Numéro de série", "Type", "Modèle", "Lieu",
        "Dernière modification", "Composants - Processeur",
    ];

    public static void Write(string outputFolder, IReadOnlyList<SchoolComputer> computers, SeededRandom random,
        FaultLog log)
    {
        var rows = computers
            .Select(computer => Values(computer))
            .OrderBy(values => values[1], StringComparer.Ordinal)
            .ThenBy(values => values[0], StringComparer.Ordinal)
            .ToList();
        var faultIndex = random.Next(rows.Count / 4, rows.Count * 3 / 4);

        var path = Path.Combine(outputFolder, RelativePath);
        using var writer = new DelimitedWriter(path, TextEncodings.Utf8WithBom, ';', "\r\n", MustQuote);
        writer.WriteRecord(Header);
        for (var i = 0; i < rows.Count; i++)
        {
            var values = i == faultIndex ? DropLocation(rows[i]) : rows[i];
            var line = writer.WriteRecord(values);
            if (i == faultIndex)
            {
                log.Add(FaultKinds.MalformedRow, RelativePath, line,
                    "9 values instead of 10: the Lieu value is missing");
            }
        }

        log.Count("GLPI export", "data rows (computers)", rows.Count);
        var ecoles = computers.Select(c => c.Batch.Establishment.Uai).Distinct().Count();
        log.Count("GLPI export", "écoles (entities)", ecoles);
        log.Count("GLPI export", "last inventory in November 2026",
            computers.Count(c => DateOnly.FromDateTime(c.LastInventory) >= DemoCalendar.MonthStart));
    }

    /// <summary>Quotes what Excel would need quoted, and the HTML line breaks of multi-valued cells.</summary>
    private static bool MustQuote(string value) =>
        DelimitedWriter.WhenNeeded(value) || value.Contains("<br>", StringComparison.Ordinal);

    private static string[] Values(SchoolComputer computer)
    {
        var ecole = computer.Batch.Establishment;
        var model = computer.Batch.Model;
        return
        [
            computer.Name,
            $"Entité racine > {CommuneEntity(ecole.Commune)} > {ecole.Name} ({ecole.Uai})",
            computer.Status,
            model.Manufacturer,
            computer.SerialNumber,
            computer.TypeLabel,
            model.Model,
            computer.Location,
            computer.LastInventory.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            model.Processor,
        ];
    }

    /// <summary>Returns "Commune de Baulon", or "Commune d'Acigné" before a vowel, as French writes it.</summary>
    private static string CommuneEntity(string commune) =>
        "AEIOUYÉÈÎ".Contains(commune[0], StringComparison.Ordinal) ? $"Commune d'{commune}" : $"Commune de {commune}";

    private static string[] DropLocation(string[] values) => [.. values[..7], .. values[8..]];
}
