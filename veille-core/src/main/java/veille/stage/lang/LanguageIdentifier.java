package veille.stage.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import veille.doc.Language;

/**
 * Tells which language a text is written in, with a confidence between 0 and 1.
 *
 * <p>One pass over at most the first {@link #MAX_CHARS} characters counts letters per Unicode script and
 * scores words. The most frequent script picks the candidates (Cyrillic: Russian or Ukrainian; Han: Chinese
 * or Japanese; Arabic: Arabic or Persian; Latin: French, English, Spanish, German, Italian, Portuguese; ...);
 * the candidate with the most points from its profile wins. Latin-script languages earn points from
 * function words, days, months and frequent news words, word endings and accented letters; the others
 * mostly from the letters their script variant alone uses (і ї є for Ukrainian, پ چ ژ گ for Persian, kana
 * for Japanese). Profiles are data: {@code veille/kb/lang-<code>.tsv}, listed in {@code lang-index.tsv}.
 *
 * <pre>{@code
 * Language lang = LanguageIdentifier.standard().identify("Le président a reçu son homologue.");
 * }</pre>
 *
 * <p>Returns {@link Language#UNDETERMINED} (code {@code und}, confidence 0) when the text has fewer than
 * {@value #MIN_LETTERS} letters, when its main script is one no profile covers, or when no candidate scores.
 * Immutable and thread-safe; one instance serves every thread.
 *
 * @see LanguageStage
 */
public final class LanguageIdentifier {
    /** Characters read at most: the opening of an article says its language as well as the whole. */
    public static final int MAX_CHARS = 20_000;

    /** Fewest letters that can say anything. */
    public static final int MIN_LETTERS = 2;

    private static final String KB = "/veille/kb/";

    /** Points at which the evidence term reaches 1 - 1/e: a few function words, or a short phrase. */
    private static final double EVIDENCE_SCALE = 3.0;

    /** Longest word ending and letter sequence looked up, bounding the work per word. */
    private static final int MAX_AFFIX = 6;

    private static final int SCRIPTS = UnicodeScript.values().length;

    private static final class Holder {
        static final LanguageIdentifier STANDARD = load(KB + "lang-index.tsv");
    }

    private final String[] codes;
    private final Map<String, float[]> words;
    private final Map<String, float[]> suffixes;
    private final Map<String, float[]> grams;
    private final Map<Integer, float[]> chars;
    /** Points per letter of a script, by script ordinal then language. */
    private final float[][] scriptPoints;
    /** Languages written in each script, by script ordinal; null when none. */
    private final int[][] candidates;
    /** For each language, whether it is written in a script, by language then script ordinal. */
    private final boolean[][] writtenIn;
    private final int maxSuffix;
    private final int maxGram;

    private LanguageIdentifier(List<Profile> profiles) {
        int n = profiles.size();
        codes = new String[n];
        words = new HashMap<>();
        suffixes = new HashMap<>();
        grams = new HashMap<>();
        chars = new HashMap<>();
        scriptPoints = new float[SCRIPTS][n];
        writtenIn = new boolean[n][SCRIPTS];
        List<List<Integer>> byScript = new ArrayList<>();
        for (int s = 0; s < SCRIPTS; s++) {
            byScript.add(new ArrayList<>());
        }
        int suf = 0;
        int gram = 0;
        for (int l = 0; l < n; l++) {
            Profile p = profiles.get(l);
            codes[l] = p.code();
            for (UnicodeScript s : p.scripts()) {
                byScript.get(s.ordinal()).add(l);
                writtenIn[l][s.ordinal()] = true;
            }
            for (Profile.Feature f : p.features()) {
                float w = (float) f.weight();
                switch (f.kind()) {
                    case WORD -> add(words, f.item(), l, n, w);
                    case SUFFIX -> {
                        add(suffixes, f.item(), l, n, w);
                        suf = Math.max(suf, f.item().length());
                    }
                    case GRAM -> {
                        add(grams, f.item(), l, n, w);
                        gram = Math.max(gram, f.item().length());
                    }
                    case CHAR -> add(chars, f.item().codePointAt(0), l, n, w);
                    case SCRIPT -> scriptPoints[UnicodeScript.valueOf(f.item()).ordinal()][l] += w;
                }
            }
        }
        maxSuffix = Math.min(suf, MAX_AFFIX);
        maxGram = Math.min(gram, MAX_AFFIX);
        // A word several languages share says less about each: its points are split between them, so
        // "de" (French, Spanish, Portuguese) weighs a third of "der" (German alone) for each.
        for (Map<?, float[]> m : List.of(words, suffixes, grams, chars)) {
            for (float[] v : m.values()) {
                int sharing = 0;
                for (float x : v) {
                    sharing += x > 0 ? 1 : 0;
                }
                for (int i = 0; i < v.length && sharing > 1; i++) {
                    v[i] /= sharing;
                }
            }
        }
        candidates = new int[SCRIPTS][];
        for (int s = 0; s < SCRIPTS; s++) {
            List<Integer> c = byScript.get(s);
            candidates[s] = c.isEmpty() ? null : c.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private static <K> void add(Map<K, float[]> m, K key, int lang, int n, float w) {
        m.computeIfAbsent(key, k -> new float[n])[lang] += w;
    }

    /** The identifier built from the profiles shipped in {@code veille/kb}; loaded once, then shared. */
    public static LanguageIdentifier standard() {
        return Holder.STANDARD;
    }

    /** Builds an identifier from the profiles an index resource lists, one code a line. */
    static LanguageIdentifier load(String indexResource) {
        InputStream in = LanguageIdentifier.class.getResourceAsStream(indexResource);
        if (in == null) {
            throw new IllegalStateException("Missing language index " + indexResource + " on the class path");
        }
        List<Profile> profiles = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line : r.lines().toList()) {
                String code = line.strip();
                if (!code.isEmpty() && !code.startsWith("#")) {
                    profiles.add(Profile.load(KB + "lang-" + code + ".tsv"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + indexResource, e);
        }
        return new LanguageIdentifier(profiles);
    }

    /** Codes of the languages this identifier can return, besides {@code und}, sorted. */
    public SortedSet<String> languages() {
        return new TreeSet<>(List.of(codes));
    }

    /**
     * The language of a text and how sure the guess is.
     *
     * @param text any text; only its first {@link #MAX_CHARS} characters are read
     * @return the language, or {@link Language#UNDETERMINED} when the text cannot tell
     */
    public Language identify(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int end = Math.min(text.length(), MAX_CHARS);
        if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int[] letters = new int[SCRIPTS];
        float[] score = new float[codes.length];
        StringBuilder word = new StringBuilder(32);
        for (int i = 0; i < end; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters[script(cp)]++;
                int lower = Character.toLowerCase(cp);
                float[] w = chars.get(lower);
                if (w != null) {
                    addTo(score, w);
                }
                word.appendCodePoint(lower);
            } else if (!word.isEmpty() && isApostrophe(cp) && i < end && Character.isLetter(text.charAt(i))) {
                word.append('\'');
            } else if (!word.isEmpty() && Character.getType(cp) == Character.NON_SPACING_MARK) {
                // Decomposed accents (e + U+0301) stay inside the word; they are rare in clean text.
                word.appendCodePoint(cp);
            } else if (!word.isEmpty()) {
                scoreWord(word.toString(), score);
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            scoreWord(word.toString(), score);
        }
        return decide(letters, score);
    }

    private Language decide(int[] letters, float[] score) {
        int total = 0;
        int main = 0;
        for (int s = 0; s < SCRIPTS; s++) {
            total += letters[s];
            if (letters[s] > letters[main]) {
                main = s;
            }
        }
        int[] cands = candidates[main];
        if (total < MIN_LETTERS || cands == null) {
            return Language.UNDETERMINED;
        }
        for (int s = 0; s < SCRIPTS; s++) {
            if (letters[s] > 0) {
                for (int l : cands) {
                    score[l] += letters[s] * scriptPoints[s][l];
                }
            }
        }
        int best = -1;
        double first = 0;
        double second = 0;
        for (int l : cands) {
            if (score[l] > first) {
                second = first;
                first = score[l];
                best = l;
            } else if (score[l] > second) {
                second = score[l];
            }
        }
        if (best < 0) {
            return Language.UNDETERMINED;
        }
        int own = 0;
        for (int s = 0; s < SCRIPTS; s++) {
            own += writtenIn[best][s] ? letters[s] : 0;
        }
        double evidence = 1 - Math.exp(-first / EVIDENCE_SCALE);
        double margin = (first - second) / first;
        double share = (double) own / total;
        double confidence = evidence * (0.5 + 0.5 * margin) * share;
        return new Language(codes[best], Math.clamp(confidence, 0.0, 1.0));
    }

    private void scoreWord(String w, float[] score) {
        float[] v = words.get(w);
        if (v != null) {
            addTo(score, v);
        } else {
            int apos = w.indexOf('\'');
            if (apos > 0) {
                // French and Italian elision: "l'État", "dell'anno" score as "l'" then "état".
                addIfPresent(words, w.substring(0, apos + 1), score);
                w = w.substring(apos + 1);
                if (w.isEmpty()) {
                    return;
                }
                addIfPresent(words, w, score);
            }
        }
        int len = w.length();
        // A suffix must leave a stem of two letters, so short function words do not count twice.
        for (int k = Math.min(maxSuffix, len - 2); k >= 2; k--) {
            addIfPresent(suffixes, w.substring(len - k), score);
        }
        for (int k = 2; k <= maxGram && k <= len; k++) {
            for (int s = 0; s + k <= len; s++) {
                addIfPresent(grams, w.substring(s, s + k), score);
            }
        }
    }

    private static void addIfPresent(Map<String, float[]> m, String key, float[] score) {
        float[] v = m.get(key);
        if (v != null) {
            addTo(score, v);
        }
    }

    private static void addTo(float[] score, float[] w) {
        for (int i = 0; i < w.length; i++) {
            score[i] += w[i];
        }
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }

    private static int script(int cp) {
        // Most letters in Veille's input are Latin: skip the script table's binary search for them.
        if (cp < 0x250) {
            return UnicodeScript.LATIN.ordinal();
        }
        return UnicodeScript.of(cp).ordinal();
    }
}
