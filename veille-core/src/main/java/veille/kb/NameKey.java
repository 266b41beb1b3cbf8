package veille.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A matching key under which the spellings of one name collide across transliteration systems.
 *
 * <p>"Mikhaïl Michoustine", "Mikhail Mishustin", "Michail Mischustin" and "Михаил Мишустин" share one key, as do
 * "Xi Jinping", "Xi Jin-ping" and "XI JINPING". The key is built word by word: lower case, Cyrillic romanised with
 * the table in {@code translit-cyrillic.tsv}, accents dropped, then spellings that French, English and German give to
 * one sound folded together (ch/sh/sch/kh/tch, zh/j/dj, ou/u, w/v, z/s, y/ï/i, q/gh, ks/x, -off/-ov, doubled letters,
 * the French final -e of "Poutine"); the words are then joined without spaces, so pinyin spacing does not matter.
 * Distinct names stay distinct: "Wang Yi" and "Wang Yu", "Li Qiang" and "Li Keqiang" differ. A '?' standing for a
 * lost letter is kept; {@link Actors} and {@link Gazetteer} try the letters it may stand for. Thread-safe.
 */
public final class NameKey {
    private static final Map<Character, String> CYRILLIC = cyrillic();

    private NameKey() {
    }

    /** The key of a whole name (words folded and joined); empty when the name has no letter or digit. */
    public static String of(CharSequence name) {
        return String.join("", words(name));
    }

    /** The folded key of each word of a name, in order; hyphens, apostrophes and spaces separate words. */
    public static List<String> words(CharSequence name) {
        return words(name, null);
    }

    /** {@link #words(CharSequence)} with a cache of folded words, for building tables (not thread-safe). */
    static List<String> words(CharSequence name, Map<String, String> cache) {
        String s = romanise(name);
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '?') {
                w.append(c);
            } else if (!w.isEmpty()) {
                String raw = w.toString();
                out.add(cache == null ? fold(raw) : cache.computeIfAbsent(raw, NameKey::fold));
                w.setLength(0);
            }
        }
        return out;
    }

    /** Lower case, Cyrillic romanised, accents and other combining marks removed. */
    static String romanise(CharSequence name) {
        boolean ascii = true;
        for (int i = 0; i < name.length() && ascii; i++) {
            ascii = name.charAt(i) < 128;
        }
        if (ascii) {
            return name.toString().toLowerCase(Locale.ROOT);
        }
        String lower = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String r = CYRILLIC.get(c);
            sb.append(r != null ? r : String.valueOf(c));
        }
        String nfd = Normalizer.normalize(sb, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c == 'ß' ? "ss" : c == 'ł' ? "l" : c == 'ø' ? "o" : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /** Folds one lower-case, accent-free word. The order matters: longer spellings before their parts. */
    static String fold(String word) {
        StringBuilder b = new StringBuilder(word.length());
        int n0 = word.length();
        for (int i = 0; i < n0; i++) {
            char c = word.charAt(i);
            if (word.startsWith("shch", i) || word.startsWith("tsch", i)) {
                b.append('S');
                i += 3;
            } else if (word.startsWith("tch", i) || word.startsWith("sch", i)) {
                b.append('S');
                i += 2;
            } else if (word.startsWith("dzh", i)) {
                b.append('j');
                i += 2;
            } else if (word.startsWith("zh", i) || word.startsWith("dj", i)) {
                b.append('j');
                i++;
            } else if (word.startsWith("sh", i) || word.startsWith("kh", i) || word.startsWith("ch", i)) {
                b.append('S');
                i++;
            } else if (word.startsWith("gh", i)) {
                b.append('G');
                i++;
            } else if (word.startsWith("ph", i)) {
                b.append('f');
                i++;
            } else if (word.startsWith("ks", i)) {
                b.append('x');
                i++;
            } else {
                b.append(switch (c) {
                    case 'q' -> 'G';
                    case 'w' -> 'v';
                    case 'z' -> 's';
                    case 'y' -> 'i';
                    default -> c;
                });
            }
        }
        String s = b.toString();
        s = collapse(s);
        if (s.length() > 4) {
            // Short words keep "ou": pinyin Zhou and Zhu are different names; French Choïgou is Shoigu.
            s = s.replace("ou", "u");
        }
        s = s.replace("gue", "ge").replace("gui", "gi");
        int n = s.length();
        if (n > 4 && s.endsWith("of")) {
            s = s.substring(0, n - 1) + "v";
        } else if (n > 1 && s.charAt(n - 1) == 'j' && isVowel(s.charAt(n - 2))) {
            s = s.substring(0, n - 1) + (s.charAt(n - 2) == 'i' ? "" : "i");
        } else if (n > 4 && s.charAt(n - 1) == 'e' && !isVowel(s.charAt(n - 2)) && s.charAt(n - 2) != '?') {
            s = s.substring(0, n - 1);
        }
        return collapse(s);
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (sb.isEmpty() || sb.charAt(sb.length() - 1) != c || Character.isDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static Map<Character, String> cyrillic() {
        Map<Character, String> m = new HashMap<>();
        for (Map<String, String> r : TsvFile.resource("/veille/kb/translit-cyrillic.tsv").rows()) {
            m.put(r.get("cyrillic").charAt(0), r.get("latin"));
        }
        return Map.copyOf(m);
    }
}
