package veille.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A large knowledge-base table read as arrays of cells, for the generated tables where {@link TsvFile}'s map per row
 * would cost start-up time. Same format: UTF-8, tab-separated, {@code #} comments, a header row.
 *
 * @param name    resource name, for messages
 * @param columns column name → index
 * @param rows    cells of each data row, as many as the header (missing trailing cells are empty)
 */
record RawTable(String name, Map<String, Integer> columns, List<String[]> rows) {
    /** Reads a classpath resource. */
    static RawTable resource(String path) {
        try (InputStream in = RawTable.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Knowledge-base resource " + path + " is missing from the classpath");
            }
            return parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read knowledge-base resource " + path, e);
        }
    }

    static RawTable parse(String name, String text) {
        Map<String, Integer> columns = null;
        List<String[]> rows = new ArrayList<>();
        int width = 0;
        int pos = 0;
        int len = text.length();
        while (pos < len) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = len;
            }
            int end = eol > pos && text.charAt(eol - 1) == '\r' ? eol - 1 : eol;
            if (end > pos && text.charAt(pos) != '#') {
                String[] cells = new String[columns == null ? 16 : width];
                int n = 0;
                int s = pos;
                for (int i = pos; i <= end; i++) {
                    if (i == end || text.charAt(i) == '\t') {
                        if (n < cells.length) {
                            cells[n] = text.substring(s, i).strip();
                        }
                        n++;
                        s = i + 1;
                    }
                }
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < n; i++) {
                        columns.put(cells[i], i);
                    }
                    width = n;
                } else {
                    if (n > width) {
                        throw new IllegalArgumentException(name + ": " + n + " columns, the header has " + width);
                    }
                    for (int i = n; i < width; i++) {
                        cells[i] = "";
                    }
                    rows.add(cells);
                }
            }
            pos = eol + 1;
        }
        return new RawTable(name, columns == null ? Map.of() : Map.copyOf(columns), List.copyOf(rows));
    }

    /** Index of a column; throws when the table lacks it. */
    int column(String col) {
        Integer i = columns.get(col);
        if (i == null) {
            throw new IllegalArgumentException(name + " has no column '" + col + "'; columns: " + columns.keySet());
        }
        return i;
    }
}
