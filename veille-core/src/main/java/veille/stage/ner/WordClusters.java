package veille.stage.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Word classes learnt from unlabelled French text, read by the name finder's features: each known word has one
 * class id at each of a few granularities (say 64, 256 and 1024 classes), so that "Lavrov" and "Le Drian",
 * or "Renault" and "Airbus", share a feature even when only one of them was seen in the labelled data.
 *
 * <p>Not shipped for now: on five-fold cross-validation over WiNER-fr TRAIN the classes learnt from the little
 * unlabelled text at hand (about 440k tokens) gave no gain (docs/ner.md), so the shipped model does not use them and
 * {@value #RESOURCE} is absent; an experiment names its file with the system property {@value #OVERRIDE_PROPERTY}.
 *
 * <p>The file is UTF-8: {@code #} comment lines, a header {@code word<TAB>c64<TAB>...},
 * then one word a line with its class at each granularity. It is built by
 * {@code veille.train.ner.WordClustersBuilder} (module veille-train).
 * Words are looked up by {@link #key cluster key} (digits folded to 0, typographic variants folded; case kept,
 * since case says much about names). The standard file is read once; the system property
 * {@value #OVERRIDE_PROPERTY} names another file, for experiments only. Thread-safe: immutable.
 */
public final class WordClusters {
    /** Classpath location of the shipped cluster file. */
    public static final String RESOURCE = "/veille/models/clusters-fr.tsv";
    /** System property naming a cluster file to read instead of the shipped one (experiments). */
    public static final String OVERRIDE_PROPERTY = "veille.ner.clusters";

    private final Map<String, String[]> classes;
    private final int granularities;
    private final String sha256;

    private WordClusters(Map<String, String[]> classes, int granularities, String sha256) {
        this.classes = classes;
        this.granularities = granularities;
        this.sha256 = sha256;
    }

    private static final class Standard {
        static final WordClusters INSTANCE = loadStandard();
    }

    /** The shipped clusters (or the override file), read on first use. */
    public static WordClusters standard() {
        return Standard.INSTANCE;
    }

    private static WordClusters loadStandard() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        try {
            if (override != null && !override.isBlank()) {
                return parse(Files.readAllBytes(Path.of(override)));
            }
            try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Word clusters " + RESOURCE + " are not on the classpath; build "
                            + "them with veille.train.ner.WordClustersBuilder (see docs/ner.md)");
                }
                return parse(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read word clusters", e);
        }
    }

    /** Clusters from the bytes of a cluster file. */
    public static WordClusters parse(byte[] bytes) {
        Map<String, String[]> classes = new HashMap<>();
        int granularities = 0;
        // Class ids repeat a lot; share one String per distinct id to keep the table small.
        Map<String, String> interned = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (header) {
                    granularities = f.length - 1;
                    header = false;
                    continue;
                }
                if (f.length != granularities + 1) {
                    continue;
                }
                String[] ids = new String[granularities];
                for (int g = 0; g < granularities; g++) {
                    String id = g + ":" + f[g + 1];
                    ids[g] = interned.computeIfAbsent(id, x -> x);
                }
                classes.put(f[0], ids);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordClusters(Map.copyOf(classes), granularities, sha256(bytes));
    }

    /**
     * The cluster key of a token: typographic variants folded (’ → '), every digit written 0, case kept.
     */
    public static String key(String token) {
        String s = veille.doc.TextNormalizer.fold(token);
        boolean digits = false;
        for (int i = 0; i < s.length() && !digits; i++) {
            digits = Character.isDigit(s.charAt(i));
        }
        if (!digits) {
            return s;
        }
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (Character.isDigit(c[i])) {
                c[i] = '0';
            }
        }
        return new String(c);
    }

    /**
     * The class ids of a token, one per granularity ("0:17", "1:203", ...), or null when the word is unknown.
     * A capitalised word unknown as written is looked up in lower case too (a sentence-initial "Les").
     */
    public String[] classesOf(String token) {
        String k = key(token);
        String[] c = classes.get(k);
        if (c == null && !k.isEmpty() && Character.isUpperCase(k.charAt(0))) {
            c = classes.get(k.toLowerCase(java.util.Locale.ROOT));
        }
        return c;
    }

    /** How many granularities each word has. */
    public int granularities() {
        return granularities;
    }

    /** How many words have classes. */
    public int size() {
        return classes.size();
    }

    /** SHA-256 of the cluster file, recorded in the model for provenance. */
    public String sha256() {
        return sha256;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "WordClusters[" + size() + " words, " + granularities + " granularities]";
    }
}
