package org.jixiao.ingest.office;

/**
 * Bounds on what an Office file may expand to, on top of {@link org.jixiao.ingest.LoadOptions.Limits}:
 * a small zip can hold a sheet of millions of cells.
 *
 * @param maxCharacters    the most text a file may yield
 * @param maxCells         the most table cells a file may hold (empty ones too)
 * @param maxWorkbookBytes larger workbooks are refused: a workbook is read whole into memory,
 *                         tens of times its size on disk
 */
public record OfficeLimits(int maxCharacters, int maxCells, long maxWorkbookBytes) {

    public static final OfficeLimits DEFAULT = new OfficeLimits(20_000_000, 500_000, 32L << 20);

    public OfficeLimits {
        if (maxCharacters <= 0 || maxCells <= 0 || maxWorkbookBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxCharacters + ", " + maxCells
                    + ", " + maxWorkbookBytes);
        }
    }
}
