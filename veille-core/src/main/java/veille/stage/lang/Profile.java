package veille.stage.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One language's evidence, read from a {@code veille/kb/lang-<code>.tsv} file.
 *
 * <p>A file has {@code @code} and {@code @scripts} directives, then one feature a line:
 * {@code KIND<TAB>ITEM[<TAB>WEIGHT]}, where KIND is {@code word} (a whole lower-case word, or an elided
 * prefix such as {@code l'}), {@code suffix} (a word ending), {@code gram} (a letter sequence anywhere in a
 * word), {@code char} (one letter, counted at each occurrence) or {@code script} (every letter of a Unicode
 * script). The weight defaults to 1. Lines starting with {@code #} are comments.
 *
 * @param code ISO 639-1 code
 * @param scripts the scripts the language is written in; a text whose most frequent script is one of these
 *                makes the language a candidate
 * @param features the evidence, in file order
 */
record Profile(String code, Set<UnicodeScript> scripts, List<Feature> features) {
    Profile {
        Objects.requireNonNull(code, "code");
        scripts = Set.copyOf(scripts);
        features = List.copyOf(features);
    }

    /** What one feature matches. */
    enum Kind { WORD, SUFFIX, GRAM, CHAR, SCRIPT }

    /**
     * One piece of evidence for a language.
     *
     * @param kind what is matched
     * @param item the lower-case text matched, or a {@link UnicodeScript} name for {@link Kind#SCRIPT}
     * @param weight points added to the language at each match
     */
    record Feature(Kind kind, String item, double weight) {
        Feature {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(item, "item");
        }
    }

    /** Reads a profile from the class path; throws naming the resource and line when a line is malformed. */
    static Profile load(String resource) {
        InputStream in = Profile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing language profile " + resource + " on the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(resource, r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** Parses the lines of a profile file; {@code source} only serves error messages. */
    static Profile parse(String source, List<String> lines) {
        String code = null;
        Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        List<Feature> features = new ArrayList<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                if (f[0].equals("@code")) {
                    code = f[1];
                } else if (f[0].equals("@scripts")) {
                    for (String s : f[1].split(" ")) {
                        scripts.add(UnicodeScript.valueOf(s));
                    }
                } else {
                    Kind kind = Kind.valueOf(f[0].toUpperCase(Locale.ROOT));
                    double weight = f.length > 2 ? Double.parseDouble(f[2]) : 1.0;
                    String item = kind == Kind.SCRIPT ? UnicodeScript.valueOf(f[1]).name()
                            : f[1].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                    if (kind == Kind.CHAR && item.codePointCount(0, item.length()) != 1) {
                        throw new IllegalArgumentException("a char feature needs one letter, got '" + item + "'");
                    }
                    features.add(new Feature(kind, item, weight));
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Bad line " + n + " in " + source + ": '" + raw
                        + "' (" + e.getMessage() + "). Expected KIND<TAB>ITEM[<TAB>WEIGHT] with KIND one of "
                        + "word, suffix, gram, char, script, or @code / @scripts", e);
            }
        }
        if (code == null || scripts.isEmpty()) {
            throw new IllegalArgumentException("Language profile " + source + " lacks @code or @scripts");
        }
        return new Profile(code, scripts, features);
    }
}
