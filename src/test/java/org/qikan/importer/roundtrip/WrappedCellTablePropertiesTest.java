package org.qikan.importer.roundtrip;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.qikan.FastLaneTries;
import org.qikan.Thorough;
import org.qikan.importer.layout.CellPerLineTable;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recovery of tables printed one cell per line with long cells wrapped at the column's width, alone: random
 * grids of Chinese and Latin cells at random column widths are printed ({@link WrappedCells}) and read back
 * ({@link CellPerLineTable#recover}); the grid comes back equal, or the table is kept whole, never a wrong grid.
 * (Named ...Properties before, it matched none of surefire's patterns and ran only when named.)
 */
@Tag(Thorough.TAG)
class WrappedCellTablePropertiesTest {
    @Property(tries = 600)
    @FastLaneTries(60)
    void aPrintedGridComesBackEqualOrIsKeptWholeNeverWrong(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed,
            @ForAll @IntRange(min = 2, max = 5) int columns, @ForAll @IntRange(min = 2, max = 6) int rows) {
        Random random = new Random(seed);
        List<List<String>> grid = WrappedCells.table(random, columns, rows);
        List<String> printed = WrappedCells.print(grid, WrappedCells.widths(random, grid));
        CellPerLineTable.Recovery r = CellPerLineTable.recover(printed);
        Statistics.label("outcome").collect(r.recovered() ? "recovered" : "kept whole");
        if (r.recovered()) {
            assertThat(r.rows()).as("printed as:\n" + String.join("\n", printed)).isEqualTo(grid);
        }
    }
}
