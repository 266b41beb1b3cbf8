package veille.stage.quote;

import java.util.Arrays;
import java.util.List;
import veille.doc.SyntaxToken;

/**
 * The dependency trees of the {@code syntax} layer as the quote finder reads them: who is the subject of a verb of
 * saying (through a coordination, a relative clause, an inverted subject) and where a verb's object ends.
 *
 * <p>Only parsed sentences have a tree ({@link #parsed}); elsewhere, and when the document has no syntax layer,
 * every question answers "none" and the rules over tokens decide alone. Children are indexed once (first child,
 * next sibling), so every question costs the size of the subtree it reads. One per document.
 */
final class Tree {
    private static final Tree NONE = new Tree(List.of());

    private final List<SyntaxToken> syn;
    private final int[] firstChild;
    private final int[] nextSibling;

    private Tree(List<SyntaxToken> syn) {
        this.syn = syn;
        int n = syn.size();
        firstChild = new int[n];
        nextSibling = new int[n];
        Arrays.fill(firstChild, -1);
        Arrays.fill(nextSibling, -1);
        // Walking backwards keeps each token's children in text order.
        for (int i = n - 1; i >= 0; i--) {
            int h = syn.get(i).head();
            if (h >= 0 && h < n && syn.get(i).parsed()) {
                nextSibling[i] = firstChild[h];
                firstChild[h] = i;
            }
        }
    }

    /** The trees of a syntax layer with one entry per token; none when the layer is absent or does not match. */
    static Tree of(List<SyntaxToken> syntax, int tokens) {
        return syntax == null || syntax.size() != tokens ? NONE : new Tree(syntax);
    }

    boolean parsed(int i) {
        return i >= 0 && i < syn.size() && syn.get(i).parsed();
    }

    int head(int i) {
        return syn.get(i).head();
    }

    String rel(int i) {
        return syn.get(i).relation();
    }

    String upos(int i) {
        return syn.get(i).upos();
    }

    String lemma(int i) {
        return syn.get(i).lemma();
    }

    /** Whether the relation of {@code i} is {@code r} or one of its subtypes ({@code nsubj} covers {@code nsubj:pass}). */
    boolean relIs(int i, String r) {
        String x = rel(i);
        return x.equals(r) || x.startsWith(r) && x.length() > r.length() && x.charAt(r.length()) == ':';
    }

    /** The first child of {@code i} whose relation is {@code r} (or a subtype), or -1. */
    int child(int i, String r) {
        for (int c = firstChild[i]; c >= 0; c = nextSibling[c]) {
            if (relIs(c, r)) {
                return c;
            }
        }
        return -1;
    }

    /** The children of {@code i} in text order: iterate with {@link #next}. */
    int firstChild(int i) {
        return firstChild[i];
    }

    int next(int c) {
        return nextSibling[c];
    }

    /**
     * The subject of the verb {@code v}: its own {@code nsubj} (not a passive subject), else that of the verb it is
     * coordinated with or the complement of ("a remercié ... et a indiqué", "a tenu à préciser"), else for a
     * relative clause whose subject is "qui", the antecedent; -1 when none or when the sentence was not parsed.
     */
    int subject(int v) {
        for (int hops = 0; hops < 4 && parsed(v); hops++) {
            int s = child(v, "nsubj");
            if (s >= 0) {
                if (rel(s).equals("nsubj:pass")) {
                    return -1;
                }
                if (upos(s).equals("PRON") && lemma(s).equals("qui") && relIs(v, "acl") && head(v) >= 0) {
                    return head(v); // "Obama, qui estimait que": the antecedent
                }
                return s;
            }
            if ((relIs(v, "conj") || rel(v).equals("xcomp")) && head(v) >= 0) {
                v = head(v);
            } else {
                return -1;
            }
        }
        return -1;
    }

    /** How many tokens a subtree question reads at most: a run-on sentence must not make cues quadratic. */
    static final int MAX_SUBTREE = 300;

    /**
     * The first and last token of the subtree of {@code i}, leaving out the children whose relation is in
     * {@code without} (and their subtrees); null when the subtree is larger than {@value #MAX_SUBTREE} tokens.
     */
    int[] span(int i, List<String> without) {
        int[] out = {i, i};
        int[] stack = new int[16];
        int top = 0;
        for (int c = firstChild[i]; c >= 0; c = nextSibling[c]) {
            if (!without.contains(rel(c))) {
                if (top == stack.length) {
                    stack = Arrays.copyOf(stack, top * 2);
                }
                stack[top++] = c;
            }
        }
        int seen = 0;
        while (top > 0) {
            int x = stack[--top];
            if (++seen > MAX_SUBTREE) {
                return null;
            }
            out[0] = Math.min(out[0], x);
            out[1] = Math.max(out[1], x);
            for (int c = firstChild[x]; c >= 0; c = nextSibling[c]) {
                if (top == stack.length) {
                    stack = Arrays.copyOf(stack, top * 2);
                }
                stack[top++] = c;
            }
        }
        return out;
    }
}
