package veille.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * A knowledge-base table: UTF-8, tab-separated, {@code #} comment lines, a header row naming the columns.
 *
 * <p>Rows are read as column-name → value maps so files can gain columns without breaking older readers.
 * The SHA-256 of the bytes is kept for provenance.
 *
 * @param name the resource or file name, for messages
 * @param rows data rows
 * @param sha256 hex digest of the file's bytes
 */
public record TsvFile(String name, List<Map<String, String>> rows, String sha256) {
    public TsvFile {
        rows = List.copyOf(rows);
    }

    /** Reads a classpath resource such as {@code /veille/kb/outlets.tsv}. */
    public static TsvFile resource(String path) {
        try (InputStream in = TsvFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Knowledge-base resource " + path + " is missing from the classpath");
            }
            return parse(path, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read knowledge-base resource " + path, e);
        }
    }

    /** Parses a table from its bytes. */
    public static TsvFile parse(String name, byte[] bytes) {
        List<Map<String, String>> rows = new ArrayList<>();
        String[] header = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.length > header.length) {
                    throw new IllegalArgumentException(name + ":" + lineNo + ": " + cells.length
                            + " columns, the header has " + header.length);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < cells.length ? cells[i].strip() : "");
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TsvFile(name, rows, sha256(bytes));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
