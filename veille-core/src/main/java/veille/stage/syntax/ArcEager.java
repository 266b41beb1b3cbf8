package veille.stage.syntax;

import java.util.Arrays;

/**
 * A configuration of the arc-eager transition system (Nivre 2003) over one sentence, with the bookkeeping the
 * feature templates read: left- and rightmost dependents, valencies and label sets.
 *
 * <p>Words are numbered 1..n; 0 is the artificial root, at the bottom of the stack. Transitions: {@code SHIFT},
 * {@code REDUCE}, {@code LEFT(l)} (the buffer's front becomes the head of the stack's top, which is popped) and
 * {@code RIGHT(l)} (the stack's top becomes the head of the buffer's front, which is pushed); the label comes with
 * the transition. The root takes exactly one dependent, labelled {@code root}. Parsing stops when the buffer is
 * empty; words still without a head are then attached by {@link #finish}. Mutable, one per sentence and thread.
 *
 * <p>Public because the trainer ({@code veille.train.syntax}) drives the same transition system as the runtime and
 * its dynamic oracle reads the configuration: the public members are the transitions and read-only views of the
 * stack, the buffer's front and the arcs built; the bookkeeping arrays stay inside the package.
 */
public final class ArcEager {
    /** Pushes the buffer's front onto the stack. */
    public static final int SHIFT = 0;
    /** Pops the stack's top, which has its head. */
    public static final int REDUCE = 1;

    final int n;
    final int labelCount;
    final int rootLabel;
    final int[] stack;
    int depth;
    /** The front of the buffer: the next word to read (n + 1 when the buffer is empty). */
    int front = 1;
    final int[] head;
    final int[] label;
    final int[] leftmost;
    final int[] leftmost2;
    final int[] rightmost;
    final int[] rightmost2;
    final int[] leftCount;
    final int[] rightCount;
    final long[] leftLabels;
    final long[] rightLabels;

    /** The initial configuration of a sentence of {@code n} words: the root on the stack, every word in the buffer. */
    public ArcEager(int n, int labelCount, int rootLabel) {
        this.n = n;
        this.labelCount = labelCount;
        this.rootLabel = rootLabel;
        stack = new int[n + 1];
        stack[0] = 0;
        depth = 1;
        head = new int[n + 1];
        label = new int[n + 1];
        leftmost = new int[n + 1];
        leftmost2 = new int[n + 1];
        rightmost = new int[n + 1];
        rightmost2 = new int[n + 1];
        leftCount = new int[n + 1];
        rightCount = new int[n + 1];
        leftLabels = new long[n + 1];
        rightLabels = new long[n + 1];
        Arrays.fill(head, -1);
        Arrays.fill(label, -1);
        Arrays.fill(leftmost, -1);
        Arrays.fill(leftmost2, -1);
        Arrays.fill(rightmost, -1);
        Arrays.fill(rightmost2, -1);
    }

    /** The number of transitions with {@code labelCount} labels: SHIFT, REDUCE, then LEFT and RIGHT per label. */
    public static int transitionCount(int labelCount) {
        return 2 + 2 * labelCount;
    }

    /** The transition LEFT with a label. */
    public static int left(int label) {
        return 2 + label;
    }

    /** The transition RIGHT with a label. */
    public int right(int label) {
        return 2 + labelCount + label;
    }

    /** Whether a transition is a LEFT. */
    public boolean isLeft(int t) {
        return t >= 2 && t < 2 + labelCount;
    }

    boolean isRight(int t) {
        return t >= 2 + labelCount;
    }

    /** The label a LEFT or RIGHT transition gives its arc. */
    public int labelOf(int t) {
        return isLeft(t) ? t - 2 : t - 2 - labelCount;
    }

    /** Whether the buffer is empty. */
    public boolean done() {
        return front > n;
    }

    /** The number of words (1..n; 0 is the root). */
    public int wordCount() {
        return n;
    }

    /** The buffer's front, the next word to read ({@code n + 1} once the buffer is empty). */
    public int front() {
        return front;
    }

    /** The number of words on the stack, the root included. */
    public int depth() {
        return depth;
    }

    /** The stack's {@code i}-th word from the bottom (0: the root). */
    public int stack(int i) {
        return stack[i];
    }

    /** The stack's top. */
    public int top() {
        return stack[depth - 1];
    }

    /** The head of word {@code w} (0 for the root), {@code -1} while it has none. */
    public int head(int w) {
        return head[w];
    }

    /** The label of the arc into word {@code w}, {@code -1} while it has none. */
    public int label(int w) {
        return label[w];
    }

    /** Whether a transition can be applied now. */
    public boolean legal(int t) {
        if (front > n) {
            return false;
        }
        int s = stack[depth - 1];
        if (t == SHIFT) {
            return true;
        }
        if (t == REDUCE) {
            return s != 0 && head[s] >= 0;
        }
        int l = labelOf(t);
        if (isLeft(t)) {
            return s != 0 && head[s] < 0 && l != rootLabel;
        }
        // RIGHT: from the root only the single root arc; elsewhere never the root label
        return s == 0 ? l == rootLabel && rightCount[0] == 0 : l != rootLabel;
    }

    /** Applies a legal transition. */
    public void apply(int t) {
        if (t == SHIFT) {
            stack[depth++] = front++;
        } else if (t == REDUCE) {
            depth--;
        } else if (isLeft(t)) {
            attach(front, stack[--depth], labelOf(t));
        } else {
            attach(stack[depth - 1], front, labelOf(t));
            stack[depth++] = front++;
        }
    }

    private void attach(int h, int d, int l) {
        head[d] = h;
        label[d] = l;
        long bit = 1L << (l & 63);
        if (d < h) {
            // dependents to the left are added right to left by LEFT: each new one is the leftmost so far
            if (leftmost[h] < 0 || d < leftmost[h]) {
                leftmost2[h] = leftmost[h];
                leftmost[h] = d;
            } else if (leftmost2[h] < 0 || d < leftmost2[h]) {
                leftmost2[h] = d;
            }
            leftCount[h]++;
            leftLabels[h] |= bit;
        } else {
            if (rightmost[h] < 0 || d > rightmost[h]) {
                rightmost2[h] = rightmost[h];
                rightmost[h] = d;
            } else if (rightmost2[h] < 0 || d > rightmost2[h]) {
                rightmost2[h] = d;
            }
            rightCount[h]++;
            rightLabels[h] |= bit;
        }
    }

    /**
     * Gives every word still without a head one, so the result is a tree with a single root: the first such word
     * becomes the root when the root has no dependent yet; the others hang from the root word, as
     * {@code punct} when they are punctuation ({@code isPunct}) and {@code dep} otherwise.
     */
    void finish(boolean[] isPunct, int punctLabel, int depLabel) {
        int rootWord = rightmost[0];
        for (int w = 1; w <= n; w++) {
            if (head[w] < 0) {
                if (rootWord < 0) {
                    attach(0, w, rootLabel);
                    rootWord = w;
                } else {
                    attach(rootWord, w, isPunct[w - 1] ? punctLabel : depLabel);
                }
            }
        }
    }
}
