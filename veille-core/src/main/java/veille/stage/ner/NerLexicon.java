package veille.stage.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import veille.doc.EntityType;
import veille.doc.TextNormalizer;

/**
 * The word lists the name finder's features read: the gazetteer ({@code veille/kb/ner-gazetteer.tsv}, built by
 * {@code veille.train.ner.NerGazetteerBuilder}, module veille-train, from the knowledge-base data) and the title
 * words that announce a name ({@code veille/kb/ner-titles.txt}: "M.", "président", "ministre", ...).
 *
 * <p>Gazetteer phrases are stored as {@link #key match keys} of their tokens joined by one space. Loaded once;
 * thread-safe: instances are immutable.
 */
public final class NerLexicon {
    static final String GAZETTEER = "/veille/kb/ner-gazetteer.tsv";
    static final String TITLES = "/veille/kb/ner-titles.txt";
    /** Longest gazetteer phrase, in tokens, that the features look for. */
    public static final int MAX_PHRASE = 6;

    /** The phrase types, in the order of their bits in a phrase's type mask (PER 1, ORG 2, LOC 4). */
    public static final List<EntityType> PHRASE_TYPES = List.of(EntityType.PER, EntityType.ORG, EntityType.LOC);

    private final Map<String, Integer> phrases;
    private final Set<String> firstNames;
    private final Set<String> lastNames;
    private final Set<String> titles;
    private final String sha256;

    private NerLexicon(Map<String, Integer> phrases, Set<String> firstNames, Set<String> lastNames,
                       Set<String> titles, String sha256) {
        this.phrases = Map.copyOf(phrases);
        this.firstNames = Set.copyOf(firstNames);
        this.lastNames = Set.copyOf(lastNames);
        this.titles = Set.copyOf(titles);
        this.sha256 = sha256;
    }

    private static final class Standard {
        static final NerLexicon INSTANCE = load();
    }

    /** The lexicon read from the classpath, loaded once. */
    public static NerLexicon standard() {
        return Standard.INSTANCE;
    }

    private static NerLexicon load() {
        byte[] gaz = resource(GAZETTEER);
        byte[] tit = resource(TITLES);
        Map<String, Integer> phrases = new HashMap<>();
        Set<String> first = new HashSet<>();
        Set<String> last = new HashSet<>();
        for (String line : lines(gaz)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String type = line.substring(0, tab);
            String phrase = line.substring(tab + 1);
            switch (type) {
                case "FIRST" -> first.add(phrase);
                case "LAST" -> last.add(phrase);
                default -> {
                    int bit = PHRASE_TYPES.indexOf(EntityType.parse(type));
                    if (bit >= 0) {
                        phrases.merge(phrase, 1 << bit, (a, b) -> a | b);
                    }
                }
            }
        }
        Set<String> titles = new HashSet<>();
        for (String line : lines(tit)) {
            titles.add(key(line));
        }
        return new NerLexicon(phrases, first, last, titles, sha256(gaz, tit));
    }

    private static byte[] resource(String name) {
        try (InputStream in = NerLexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("NER word list " + name + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    private static List<String> lines(byte[] bytes) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String sha256(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                md.update(p);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The match key of a token: typographic variants folded, lower case, accents removed ("Pékin" → "pekin",
     * "l’" → "l'").
     */
    public static String key(String token) {
        String s = TextNormalizer.fold(token).toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            return s;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The type bits ({@link #PHRASE_TYPES}) of a phrase of match keys joined by spaces, 0 when unknown. */
    int phraseTypes(String phrase) {
        Integer t = phrases.get(phrase);
        return t == null ? 0 : t;
    }

    /** Whether a match key is a known first name. */
    boolean isFirstName(String key) {
        return firstNames.contains(key);
    }

    /** Whether a match key is a known family name. */
    boolean isLastName(String key) {
        return lastNames.contains(key);
    }

    /** Whether a match key is a title word that announces a name ("m.", "president", "ministre"). */
    boolean isTitle(String key) {
        return titles.contains(key);
    }

    /** SHA-256 of the gazetteer and title files, recorded in the model for provenance. */
    public String sha256() {
        return sha256;
    }

    /** How many gazetteer phrases there are. */
    public int size() {
        return phrases.size();
    }
}
