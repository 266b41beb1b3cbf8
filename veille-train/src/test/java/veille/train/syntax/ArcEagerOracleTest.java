package veille.train.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import veille.eval.syntax.TinyTreebank;
import veille.eval.syntax.UdSentence;
import veille.stage.syntax.ArcEager;

class ArcEagerOracleTest {
    @Test
    void followingZeroCostTransitionsRebuildsEveryProjectiveGoldTree() {
        List<UdSentence> sentences = TinyTreebank.sentences();
        TreeSet<String> labelSet = new TreeSet<>(List.of("root", "punct", "dep"));
        sentences.forEach(s -> labelSet.addAll(List.of(s.relations())));
        List<String> labels = List.copyOf(labelSet);
        for (UdSentence s : sentences) {
            int n = s.size();
            int[] heads = new int[n + 1];
            int[] lab = new int[n + 1];
            for (int i = 0; i < n; i++) {
                heads[i + 1] = s.heads()[i] + 1;
                lab[i + 1] = labels.indexOf(s.relations()[i]);
            }
            ArcEager c = new ArcEager(n, labels.size(), labels.indexOf("root"));
            while (!c.done()) {
                int chosen = -1;
                for (int t = 0; t < ArcEager.transitionCount(labels.size()) && chosen < 0; t++) {
                    if (c.legal(t) && ArcEagerOracle.cost(c, t, heads, lab) == 0) {
                        chosen = t;
                    }
                }
                assertThat(chosen).as("a zero-cost transition exists in %s", s.id()).isNotNegative();
                c.apply(chosen);
            }
            // every arc is built by the transitions themselves: nothing is left for the parser's final clean-up
            for (int w = 1; w <= n; w++) {
                assertThat(c.head(w)).as("head of word %d in %s", w, s.id()).isEqualTo(heads[w]);
                assertThat(c.label(w)).as("label of word %d in %s", w, s.id()).isEqualTo(lab[w]);
            }
        }
    }

    @Test
    void aWrongArcCostsTheGoldArcsItMakesUnreachable() {
        // "a b c": a <- b -> c, b the root, so once a is on the stack LEFT (a <- b) is the right move
        int[] heads = {0, 2, 0, 2};
        int[] labels = {0, 1, 0, 1};
        ArcEager c = new ArcEager(3, 2, 0);
        c.apply(ArcEager.SHIFT); // stack: root a, buffer: b c
        assertThat(ArcEagerOracle.cost(c, ArcEager.left(1), heads, labels)).isZero();
        // attaching b under a loses b's arcs to a and c, and to the root
        assertThat(ArcEagerOracle.cost(c, c.right(1), heads, labels)).isPositive();
        // the gold arc with a wrong label costs one
        assertThat(ArcEagerOracle.cost(c, ArcEager.left(0), heads, labels)).isEqualTo(1);
    }

    @Test
    void allCostsAtOnceEqualTheCostOfEachTransition() {
        // random legal walks through the tiny treebank's sentences: at every step the batch equals one by one
        List<UdSentence> sentences = TinyTreebank.sentences();
        TreeSet<String> labelSet = new TreeSet<>(List.of("root", "punct", "dep"));
        sentences.forEach(s -> labelSet.addAll(List.of(s.relations())));
        List<String> labels = List.copyOf(labelSet);
        int transitions = ArcEager.transitionCount(labels.size());
        java.util.Random random = new java.util.Random(3);
        int checked = 0;
        for (int round = 0; round < 20; round++) {
            for (UdSentence s : sentences) {
                int n = s.size();
                int[] heads = new int[n + 1];
                int[] lab = new int[n + 1];
                for (int i = 0; i < n; i++) {
                    heads[i + 1] = s.heads()[i] + 1;
                    lab[i + 1] = labels.indexOf(s.relations()[i]);
                }
                heads = ArcEagerOracle.projectivize(heads);
                ArcEager c = new ArcEager(n, labels.size(), labels.indexOf("root"));
                int[] costs = new int[transitions];
                while (!c.done()) {
                    int min = ArcEagerOracle.costs(c, heads, lab, costs);
                    int expectedMin = Integer.MAX_VALUE;
                    List<Integer> legal = new java.util.ArrayList<>();
                    for (int t = 0; t < transitions; t++) {
                        int expected = c.legal(t) ? ArcEagerOracle.cost(c, t, heads, lab) : -1;
                        assertThat(costs[t]).as("transition %d in %s", t, s.id()).isEqualTo(expected);
                        if (expected >= 0) {
                            expectedMin = Math.min(expectedMin, expected);
                            legal.add(t);
                        }
                        checked++;
                    }
                    assertThat(min).isEqualTo(expectedMin);
                    c.apply(legal.get(random.nextInt(legal.size())));
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void liftsNonProjectiveArcsUntilTheTreeIsProjective() {
        // words 1 2 3 4; 3 is the root, heads 1:3, 2:3, 4:1: the arc 1 -> 4 passes over 2 and 3, which 1 does not dominate
        int[] heads = {0, 3, 3, 0, 1};
        assertThat(ArcEagerOracle.projective(heads, 4)).isFalse();
        int[] p = ArcEagerOracle.projectivize(heads);
        assertThat(p).containsExactly(0, 3, 3, 0, 3);
        for (int d = 1; d < p.length; d++) {
            assertThat(ArcEagerOracle.projective(p, d)).isTrue();
        }
    }
}
