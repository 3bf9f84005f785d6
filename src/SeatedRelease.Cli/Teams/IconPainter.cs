namespace SeatedRelease.Cli.Teams;

/// <summary>
/// Paints the app's mark, a figure sitting on the floor with one leg reaching forward, from a few shapes in a
/// 0..1 square. The same shapes give the colour icon and the white outline icon; edges are smoothed by sampling
/// each pixel 4 × 4 times.
/// </summary>
internal static class IconPainter
{
    /// <summary>Teams' colour icon: 192 × 192, full colour.</summary>
    public const int ColorSize = 192;

    /// <summary>Teams' outline icon: 32 × 32, white on transparent.</summary>
    public const int OutlineSize = 32;

    private const int Samples = 4;
    private static readonly (byte R, byte G, byte B) Background = (0x2E, 0x6F, 0x6B);

    /// <summary>The colour icon: the white figure on a calm green-blue square.</summary>
    public static byte[] Color() => Paint(ColorSize, coverage =>
        (Mix(Background.R, 255, coverage), Mix(Background.G, 255, coverage), Mix(Background.B, 255, coverage), 255), scale: 0.62);

    /// <summary>The outline icon: the figure in white, everything else fully transparent.</summary>
    public static byte[] Outline() => Paint(OutlineSize, coverage => (255, 255, 255, (byte)Math.Round(coverage * 255)), scale: 0.9);

    private delegate (byte R, byte G, byte B, byte A) Shade(double coverage);

    private static byte[] Paint(int size, Shade shade, double scale)
    {
        var rgba = new byte[size * size * 4];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var inside = 0;
                for (var sy = 0; sy < Samples; sy++)
                {
                    for (var sx = 0; sx < Samples; sx++)
                    {
                        // Map to the figure's own square, centred, at the given scale.
                        var u = ((x + (sx + 0.5) / Samples) / size - 0.5) / scale + 0.5;
                        var v = ((y + (sy + 0.5) / Samples) / size - 0.5) / scale + 0.5;
                        if (InFigure(u, v)) inside++;
                    }
                }
                var (r, g, b, a) = shade(inside / (double)(Samples * Samples));
                var i = (y * size + x) * 4;
                rgba[i] = r;
                rgba[i + 1] = g;
                rgba[i + 2] = b;
                rgba[i + 3] = a;
            }
        }
        return Png.Encode(size, size, rgba);
    }

    // Head, a back leaning slightly forward, the resting leg folded, the working leg long along the floor, the floor line.
    private static bool InFigure(double u, double v) =>
        Disc(u, v, 0.30, 0.16, 0.10)
        || Segment(u, v, 0.30, 0.30, 0.26, 0.66, 0.065)
        || Segment(u, v, 0.26, 0.66, 0.94, 0.70, 0.06)
        || Segment(u, v, 0.30, 0.40, 0.58, 0.56, 0.045)
        || Segment(u, v, 0.04, 0.84, 0.96, 0.84, 0.025);

    private static bool Disc(double u, double v, double cx, double cy, double r) => (u - cx) * (u - cx) + (v - cy) * (v - cy) <= r * r;

    private static bool Segment(double u, double v, double x1, double y1, double x2, double y2, double halfWidth)
    {
        var dx = x2 - x1;
        var dy = y2 - y1;
        var t = Math.Clamp(((u - x1) * dx + (v - y1) * dy) / (dx * dx + dy * dy), 0, 1);
        var px = x1 + t * dx - u;
        var py = y1 + t * dy - v;
        return px * px + py * py <= halfWidth * halfWidth;
    }

    private static byte Mix(byte from, byte to, double amount) => (byte)Math.Round(from + (to - from) * amount);
}
