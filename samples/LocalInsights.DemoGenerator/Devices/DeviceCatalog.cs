namespace LocalInsights.DemoGenerator.Devices;

/// <summary>
/// The models of the demo. Names, processors and storage are those of real products, and prices are plausible
/// public-procurement prices invented for the demo.
/// </summary>
internal static class DeviceCatalog
{
    private static readonly SerialStyle Lenovo = new("PF", 6);
    private static readonly SerialStyle Dell = new(string.Empty, 7);
    private static readonly SerialStyle Hp = new("5CG", 7);
    private static readonly SerialStyle Apple = new(string.Empty, 10);
    private static readonly SerialStyle Samsung = new("R9T", 8);

    /// <summary>Models managed in Intune by the Région and the Département, bought from 2022 on.</summary>
    public static readonly IReadOnlyList<DeviceModel> Managed =
    [
        new(DeviceKind.Laptop, "LENOVO", "ThinkPad L13 Gen 4", "Windows",
            "Ordinateur portable Lenovo ThinkPad L13 Gen 4", 689.00m, 4, Lenovo, 256, "Intel(R) Core(TM) i5-1335U"),
        new(DeviceKind.Laptop, "Dell Inc.", "Latitude 3540", "Windows",
            "Ordinateur portable Dell Latitude 3540", 629.00m, 4, Dell, 256, "Intel(R) Core(TM) i5-1335U"),
        new(DeviceKind.Laptop, "HP", "HP ProBook 440 G9", "Windows",
            "Ordinateur portable HP ProBook 440 G9", 649.00m, 4, Hp, 256, "12th Gen Intel(R) Core(TM) i5-1235U"),
        new(DeviceKind.Desktop, "Dell Inc.", "OptiPlex 7010", "Windows",
            "Unité centrale Dell OptiPlex 7010", 719.00m, 5, Dell, 512, "13th Gen Intel(R) Core(TM) i5-13500"),
        new(DeviceKind.Desktop, "LENOVO", "ThinkCentre M70q Gen 4", "Windows",
            "Unité centrale Lenovo ThinkCentre M70q Gen 4", 689.00m, 5, Lenovo, 256,
            "13th Gen Intel(R) Core(TM) i5-13400T"),
        new(DeviceKind.Tablet, "Apple", "iPad (9th generation)", "iOS/iPadOS",
            "Tablette Apple iPad (9th generation) 64 Go Wi-Fi", 329.00m, 3, Apple, 64, "Apple A13 Bionic"),
        new(DeviceKind.Tablet, "Apple", "iPad (10th generation)", "iOS/iPadOS",
            "Tablette Apple iPad (10th generation) 64 Go Wi-Fi", 419.00m, 3, Apple, 64, "Apple A14 Bionic"),
        new(DeviceKind.Tablet, "samsung", "SM-X200", "Android",
            "Tablette Samsung Galaxy Tab A8 (SM-X200) 32 Go", 189.00m, 3, Samsung, 32, "Unisoc T618"),
    ];

    /// <summary>Computers of the écoles' GLPI inventory, bought by the communes.</summary>
    public static readonly IReadOnlyList<DeviceModel> Schools =
    [
        new(DeviceKind.Laptop, "Dell Inc.", "Latitude 3540", "Windows",
            "Ordinateur portable Dell Latitude 3540", 629.00m, 4, Dell, 256, "Intel(R) Core(TM) i5-1335U"),
        new(DeviceKind.Laptop, "LENOVO", "ThinkPad L14 Gen 4", "Windows",
            "Ordinateur portable Lenovo ThinkPad L14 Gen 4 (AMD)", 659.00m, 4, Lenovo, 256,
            "AMD Ryzen 5 PRO 7530U with Radeon Graphics<br>AMD Radeon(TM) Graphics"),
        new(DeviceKind.Laptop, "Acer", "TravelMate B3 TMB311-33", "Windows",
            "Ordinateur portable Acer TravelMate B3 (classe mobile)", 389.00m, 4, new SerialStyle("NXV", 9), 128,
            "Intel(R) N100"),
        new(DeviceKind.Desktop, "HP", "HP ProDesk 400 G9 SFF", "Windows",
            "Unité centrale HP ProDesk 400 G9", 659.00m, 5, Hp, 256, "12th Gen Intel(R) Core(TM) i5-12500"),
        new(DeviceKind.Desktop, "Dell Inc.", "OptiPlex 7010", "Windows",
            "Unité centrale Dell OptiPlex 7010", 719.00m, 5, Dell, 512, "13th Gen Intel(R) Core(TM) i5-13500"),
        new(DeviceKind.Tablet, "Apple", "iPad (9th generation)", "iOS/iPadOS",
            "Tablette Apple iPad (9th generation) 64 Go Wi-Fi", 329.00m, 3, Apple, 64, "Apple A13 Bionic"),
    ];

    /// <summary>Older école computers, bought before 2022: they are inventoried but in no register line.</summary>
    public static readonly IReadOnlyList<DeviceModel> SchoolLegacy =
    [
        new(DeviceKind.Laptop, "Dell Inc.", "Latitude 3500", "Windows",
            "Ordinateur portable Dell Latitude 3500", 0m, 4, Dell, 256, "Intel(R) Core(TM) i5-8265U CPU @ 1.60GHz"),
        new(DeviceKind.Desktop, "Dell Inc.", "OptiPlex 3050", "Windows",
            "Unité centrale Dell OptiPlex 3050", 0m, 5, Dell, 500, "Intel(R) Core(TM) i5-7500 CPU @ 3.40GHz"),
        new(DeviceKind.Desktop, "LENOVO", "ThinkCentre M720q", "Windows",
            "Unité centrale Lenovo ThinkCentre M720q", 0m, 5, Lenovo, 256,
            "Intel(R) Core(TM) i5-8400T CPU @ 1.70GHz"),
    ];

    public static IReadOnlyList<DeviceModel> OfKind(IReadOnlyList<DeviceModel> models, DeviceKind kind) =>
        models.Where(model => model.Kind == kind).ToList();
}
