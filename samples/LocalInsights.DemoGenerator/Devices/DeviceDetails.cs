using System.Globalization;

namespace LocalInsights.DemoGenerator.Devices;

/// <summary>The Intune fields of a device that depend only on its model and on chance.</summary>
internal static class DeviceDetails
{
    private static readonly string[] WindowsVersions = ["10.0.26100.7171", "10.0.26100.6899", "10.0.26200.7171"];
    private static readonly string[] IpadVersions = ["26.1", "18.7.2", "26.0.1"];
    private static readonly string[] AndroidVersions = ["14", "13"];

    /// <summary>Share of Windows laptops with a primary user (a teacher's own laptop). Others are shared.</summary>
    public const double LaptopPrimaryUserShare = 0.35;

    public static void Fill(ManagedDevice device, SeededRandom random, FakePeople people)
    {
        var model = device.Model;
        device.OsVersion = model.Os switch
        {
            "Windows" => random.Pick(WindowsVersions),
            "Android" => random.Pick(AndroidVersions),
            _ => random.Pick(IpadVersions),
        };
        device.EntraDeviceId = random.NextGuid();
        var totalMb = TotalStorageMb(model);
        device.FreeStorageMb = (int)(totalMb * random.NextDouble(0.25, 0.8));

        if (model.Kind == DeviceKind.Laptop && random.Chance(LaptopPrimaryUserShare))
        {
            device.PrimaryUser = people.Next();
            device.PrimaryUserEmail = people.EmailFor(device.PrimaryUser);
            device.UserId = random.NextGuid();
        }
    }

    /// <summary>Returns the usable capacity in MB, a little below the advertised size, as Intune shows it.</summary>
    public static int TotalStorageMb(DeviceModel model) => (int)(model.StorageGb * 1000 * 0.93);

    public static string FormatMb(int megabytes) => megabytes.ToString(CultureInfo.InvariantCulture);
}
