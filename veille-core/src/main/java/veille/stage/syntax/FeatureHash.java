package veille.stage.syntax;

/**
 * 64-bit hashes of features: a template number combined with the values it reads (word hashes, tag numbers).
 *
 * <p>Features are never built as strings: a word is hashed once per sentence from its characters, and each
 * template mixes those numbers. With 64 bits, collisions among the few million features a model holds are
 * negligible, so a hash stands for its feature. The functions are fixed (no seeds, no identity hashes), which
 * keeps training and the model file deterministic.
 *
 * <p>Public for the trainer ({@code veille.train.syntax}), which keys the tag dictionary, lemmas and lemma rules
 * with the same string hashes as the runtime; the template mixing stays inside the package.
 */
public final class FeatureHash {
    /** The value of a missing word or tag (an empty stack slot, a word before the sentence). */
    static final long NONE = 0x6A09E667F3BCC908L;

    private static final long K1 = 0x9E3779B97F4A7C15L;
    private static final long K2 = 0xC2B2AE3D27D4EB4FL;

    private FeatureHash() {
    }

    /** Murmur3's 64-bit finaliser: every input bit affects every output bit. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }

    static long of(int template, long a) {
        return mix(mix(template * K1 + 1) ^ a);
    }

    static long of(int template, long a, long b) {
        return mix(of(template, a) + b * K2);
    }

    static long of(int template, long a, long b, long c) {
        return mix(of(template, a, b) + c * K1);
    }

    /** FNV-1a over {@code s[from, to)}, lower-cased when asked, finalised. */
    public static long chars(CharSequence s, int from, int to, boolean lower) {
        long h = 0xCBF29CE484222325L;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            h ^= lower ? Character.toLowerCase(c) : c;
            h *= 0x100000001B3L;
        }
        return mix(h ^ (to - from));
    }

    /** The hash of a whole string, lower-cased when asked. */
    public static long string(CharSequence s, boolean lower) {
        return chars(s, 0, s.length(), lower);
    }
}
