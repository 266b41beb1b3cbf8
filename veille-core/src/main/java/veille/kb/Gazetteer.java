package veille.kb;

import veille.doc.Token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every knowledge-base name, in any spelling, in a text: a trie over the {@link NameKey} words of each name,
 * walked once from each word of the text, keeping the longest match (leftmost first, no overlaps).
 *
 * <p>Matching ignores case, accents, punctuation between words and pinyin spacing ("Xi Jin-ping" matches
 * "Xi Jinping"); a '?' standing for a lost letter matches the letters it may stand for. Acronyms of the knowledge
 * base ("ONU", "UA") match only words written in capitals, so "au" is not the African Union. Surnames alone of
 * curated persons are found and flagged {@code partial}. Time is linear in the text (times the longest name, in
 * words). Immutable and thread-safe; build it from {@link Actors#gazetteer()}.
 */
public final class Gazetteer {
    /** Words of a text joined when looking for one name word: "Jin-ping" → "jinping". */
    private static final int MAX_JOIN = 3;

    /**
     * A name found in the text.
     *
     * @param start   first character (UTF-16 offset into the text)
     * @param end     one past the last character
     * @param ids     ids of the entities the name may denote, knowledge-base order (curated first)
     * @param partial true when the match is a surname alone (of a curated person)
     */
    public record Match(int start, int end, List<String> ids, boolean partial) {
        public Match {
            ids = List.copyOf(ids);
        }

        /** The matched characters of {@code text}. */
        public String text(CharSequence text) {
            return text.subSequence(start, end).toString();
        }
    }

    private static final class Node {
        Map<String, Node> children;
        List<String> ids;
        List<String> acronymIds;
        List<String> partialIds;
        Set<String> partialSurfaces;

        Node child(String key) {
            return children == null ? null : children.get(key);
        }
    }

    private final Node root;

    private Gazetteer(Node root) {
        this.root = root;
    }

    /** Every name found in {@code text}, in text order, words segmented by this class. */
    public List<Match> find(CharSequence text) {
        return findIn(text, words(text, 0, text.length()));
    }

    /**
     * Every name found in a tokenized text; matches start and end on word pieces of the tokens (a token such as
     * "l’ONU" holds two pieces), in text order.
     */
    public List<Match> find(CharSequence text, List<Token> tokens) {
        List<int[]> pieces = new ArrayList<>();
        for (Token t : tokens) {
            pieces.addAll(words(text, t.start(), t.end()));
        }
        return findIn(text, pieces);
    }

    private List<Match> findIn(CharSequence text, List<int[]> w) {
        int n = w.size();
        String[] keys = new String[n];
        boolean[] caps = new boolean[n];
        for (int i = 0; i < n; i++) {
            String s = text.subSequence(w.get(i)[0], w.get(i)[1]).toString();
            keys[i] = String.join("", NameKey.words(s));
            caps[i] = s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        }
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            Hit best = walk(root, keys, caps, i, text, w);
            if (best == null) {
                i++;
                continue;
            }
            out.add(best.match);
            i = best.endWord;
        }
        return out;
    }

    private record Hit(Match match, int endWord) {
    }

    private Hit walk(Node start, String[] keys, boolean[] caps, int from, CharSequence text, List<int[]> w) {
        // Depth-first over the ways the words ahead can be read (joined or not, lost letters), keeping the longest.
        Match best = null;
        int bestEnd = -1;
        record State(Node node, int at, boolean allCaps) {
        }
        List<State> stack = new ArrayList<>();
        stack.add(new State(start, from, true));
        while (!stack.isEmpty()) {
            State s = stack.removeLast();
            if (s.at > from) {
                Match m = matchAt(s.node, s.allCaps, text, w.get(from)[0], w.get(s.at - 1)[1]);
                if (m != null && s.at > bestEnd) {
                    best = m;
                    bestEnd = s.at;
                }
            }
            StringBuilder joined = new StringBuilder();
            boolean allCaps = s.allCaps;
            for (int j = s.at; j < keys.length && j < s.at + MAX_JOIN; j++) {
                if (j > s.at && !adjacent(text, w.get(j - 1)[1], w.get(j)[0])) {
                    break;
                }
                joined.append(keys[j]);
                allCaps &= caps[j];
                for (String k : lostLetterKeys(joined.toString())) {
                    Node c = s.node.child(k);
                    if (c != null) {
                        stack.add(new State(c, j + 1, allCaps));
                    }
                }
            }
        }
        return best == null ? null : new Hit(best, bestEnd);
    }

    private static Match matchAt(Node node, boolean allCaps, CharSequence text, int start, int end) {
        Set<String> ids = new LinkedHashSet<>();
        if (node.ids != null) {
            ids.addAll(node.ids);
        }
        if (allCaps && node.acronymIds != null) {
            ids.addAll(node.acronymIds);
        }
        if (!ids.isEmpty()) {
            return new Match(start, end, List.copyOf(ids), false);
        }
        // A surname alone must be capitalised, and a short one spelt as listed: "Le" is not "Lee".
        if (node.partialIds != null && Character.isUpperCase(text.charAt(start))) {
            String surface = MatchKey.of(text.subSequence(start, end));
            if (surface.length() > 3 || node.partialSurfaces.contains(surface)) {
                return new Match(start, end, node.partialIds, true);
            }
        }
        return null;
    }

    /** Words of a text are joined only across a hyphen or nothing ("Jin-ping", not "Jin ping"). */
    private static boolean adjacent(CharSequence text, int end, int start) {
        for (int k = end; k < start; k++) {
            char c = text.charAt(k);
            if (c != '-' && c != '‐' && c != '‑') {
                return false;
            }
        }
        return true;
    }

    private static List<String> lostLetterKeys(String key) {
        if (key.indexOf('?') < 0) {
            return List.of(key);
        }
        Set<String> out = new LinkedHashSet<>();
        for (String v : Actors.lostLetterVariants(key)) {
            out.add(String.join("", NameKey.words(v)));
        }
        return List.copyOf(out);
    }

    /** Spans [start, end) of the runs of letters, digits and '?' within [from, to). */
    private static List<int[]> words(CharSequence text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int s = -1;
        for (int i = from; i <= to; i++) {
            boolean in = i < to && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '?'
                    || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK);
            if (in && s < 0) {
                s = i;
            } else if (!in && s >= 0) {
                out.add(new int[] {s, i});
                s = -1;
            }
        }
        return out;
    }

    /** Collects names; used by {@link Actors}. */
    static final class Builder {
        private final Node root = new Node();

        void add(List<String> w, String name, String id, boolean acronym, boolean partial) {
            if (w.isEmpty()) {
                return;
            }
            Node n = root;
            for (String k : w) {
                if (n.children == null) {
                    n.children = new HashMap<>(4);
                }
                n = n.children.computeIfAbsent(k, x -> new Node());
            }
            if (partial) {
                n.partialIds = with(n.partialIds, id);
                if (n.partialSurfaces == null) {
                    n.partialSurfaces = new java.util.HashSet<>();
                }
                n.partialSurfaces.add(MatchKey.of(name));
            } else if (acronym) {
                n.acronymIds = with(n.acronymIds, id);
            } else {
                n.ids = with(n.ids, id);
            }
        }

        private static List<String> with(List<String> l, String id) {
            if (l == null) {
                return Collections.singletonList(id);
            }
            if (l.contains(id)) {
                return l;
            }
            List<String> out = new ArrayList<>(l);
            out.add(id);
            return out;
        }

        Gazetteer build() {
            return new Gazetteer(root);
        }
    }
}
