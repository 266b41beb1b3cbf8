package veille.train.syntax;

import veille.stage.syntax.ArcEager;

/**
 * The dynamic oracle of the arc-eager system (Goldberg and Nivre 2012, "A dynamic oracle for arc-eager
 * dependency parsing"): how many gold arcs a transition makes unreachable from the current configuration, so the
 * parser can be trained on configurations reached by its own mistakes. Also lifts non-projective arcs, since
 * the system only builds projective trees. Training only: it reads the runtime's configurations
 * ({@link ArcEager}) through their public read-only views.
 */
final class ArcEagerOracle {
    private ArcEagerOracle() {
    }

    /**
     * The number of gold arcs lost by a legal transition, with one more when it builds a gold arc with the
     * wrong label.
     *
     * @param goldHead gold head of each word 1..n (0 for the root), projective
     * @param goldLabel gold label of each word 1..n
     */
    static int cost(ArcEager c, int t, int[] goldHead, int[] goldLabel) {
        int s = c.top();
        int b = c.front();
        int n = c.wordCount();
        int cost = 0;
        if (t == ArcEager.SHIFT) {
            for (int i = 0; i < c.depth(); i++) {
                int k = c.stack(i);
                if (goldHead[b] == k) {
                    cost++;
                }
                if (k != 0 && goldHead[k] == b && c.head(k) < 0) {
                    cost++;
                }
            }
        } else if (t == ArcEager.REDUCE) {
            for (int k = b; k <= n; k++) {
                if (goldHead[k] == s) {
                    cost++;
                }
            }
        } else if (c.isLeft(t)) {
            for (int k = b; k <= n; k++) {
                if (goldHead[k] == s) {
                    cost++;
                }
                if (k != b && goldHead[s] == k) {
                    cost++;
                }
            }
            if (goldHead[s] == b && goldLabel[s] != c.labelOf(t)) {
                cost++;
            }
        } else {
            for (int i = 0; i < c.depth(); i++) {
                int k = c.stack(i);
                if (k != s && goldHead[b] == k) {
                    cost++;
                }
                if (k != 0 && goldHead[k] == b && c.head(k) < 0) {
                    cost++;
                }
            }
            for (int k = b + 1; k <= n; k++) {
                if (goldHead[b] == k) {
                    cost++;
                }
            }
            if (goldHead[b] == s && goldLabel[b] != c.labelOf(t)) {
                cost++;
            }
        }
        return cost;
    }

    /**
     * The cost ({@link #cost}) of every transition at once, {@code -1} for the illegal ones: the arc part of a
     * LEFT or RIGHT cost does not depend on the label, so it is counted once per direction, not once per label.
     *
     * @return the lowest cost of a legal transition
     */
    static int costs(ArcEager c, int[] goldHead, int[] goldLabel, int[] out) {
        int transitions = out.length;
        int s = c.top();
        int b = c.front();
        int n = c.wordCount();
        int depth = c.depth();
        // stack-side counts shared by SHIFT and RIGHT
        int headOnStack = 0;
        int headOnStackBelowTop = 0;
        int depsOnStack = 0;
        for (int i = 0; i < depth; i++) {
            int k = c.stack(i);
            if (goldHead[b] == k) {
                headOnStack++;
                if (k != s) {
                    headOnStackBelowTop++;
                }
            }
            if (k != 0 && goldHead[k] == b && c.head(k) < 0) {
                depsOnStack++;
            }
        }
        // buffer-side counts shared by REDUCE and LEFT
        int depsOfTopInBuffer = 0;
        int headOfTopAfterFront = 0;
        int headOfFrontAfterFront = 0;
        for (int k = b; k <= n; k++) {
            if (goldHead[k] == s) {
                depsOfTopInBuffer++;
            }
            if (k != b && goldHead[s] == k) {
                headOfTopAfterFront++;
            }
            if (k != b && goldHead[b] == k) {
                headOfFrontAfterFront++;
            }
        }
        int shift = headOnStack + depsOnStack;
        int reduce = depsOfTopInBuffer;
        int left = depsOfTopInBuffer + headOfTopAfterFront;
        int right = headOnStackBelowTop + depsOnStack + headOfFrontAfterFront;
        int min = Integer.MAX_VALUE;
        for (int t = 0; t < transitions; t++) {
            if (!c.legal(t)) {
                out[t] = -1;
                continue;
            }
            int cost;
            if (t == ArcEager.SHIFT) {
                cost = shift;
            } else if (t == ArcEager.REDUCE) {
                cost = reduce;
            } else if (c.isLeft(t)) {
                cost = left + (goldHead[s] == b && goldLabel[s] != c.labelOf(t) ? 1 : 0);
            } else {
                cost = right + (goldHead[b] == s && goldLabel[b] != c.labelOf(t) ? 1 : 0);
            }
            out[t] = cost;
            min = Math.min(min, cost);
        }
        return min;
    }

    /**
     * A projective tree close to the given one: each non-projective arc, shortest first, is lifted (the dependent
     * moves up to its head's head) until none is left.
     *
     * @param heads head of each word 1..n (0 for the root; index 0 unused)
     */
    static int[] projectivize(int[] heads) {
        int[] h = heads.clone();
        while (true) {
            int worst = -1;
            int worstLength = Integer.MAX_VALUE;
            for (int d = 1; d < h.length; d++) {
                int length = Math.abs(h[d] - d);
                if (length < worstLength && !projective(h, d)) {
                    worst = d;
                    worstLength = length;
                }
            }
            if (worst < 0) {
                return h;
            }
            h[worst] = h[h[worst]];
        }
    }

    /** Whether the arc into {@code d} is projective: its head dominates every word between them. */
    static boolean projective(int[] h, int d) {
        int head = h[d];
        if (head == 0) {
            return true;
        }
        for (int k = Math.min(head, d) + 1; k < Math.max(head, d); k++) {
            int a = k;
            while (a != 0 && a != head) {
                a = h[a];
            }
            if (a != head) {
                return false;
            }
        }
        return true;
    }
}
