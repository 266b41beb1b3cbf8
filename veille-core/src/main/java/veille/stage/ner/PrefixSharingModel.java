package veille.stage.ner;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * OpenNLP's perceptron name-finder model, scoring the hypotheses of one beam step at the cost of one.
 *
 * <p>The beam search asks for the scores of each token once per hypothesis (three by default), and the contexts of
 * those calls differ only in their last four features, the previous outcomes ({@code po=}, {@code pow=},
 * {@code powf=}, {@code ppo=}, which OpenNLP's context generator appends after the features of
 * {@link NerFeatures}). This model keeps the sums of the shared features from the previous call and adds only the
 * differing ones. The sums are the same doubles added in the same order as {@link PerceptronModel#eval}, and the
 * normalisation is the same, so the scores are bit for bit OpenNLP's: only the repeated work is gone.
 *
 * <p>Mutable (it remembers the last call): one per beam search, that is per name finder and thread.
 */
final class PrefixSharingModel implements MaxentModel {
    private static final int OUTCOME_FEATURES = 4;

    private final MaxentModel model;
    private final Map<String, Context> predicates;
    private final int outcomeCount;
    private String[] lastContext;
    private int lastCut = -1;
    private double[] cutSums;
    /** How many calls reused the previous call's sums (read by the tests). */
    long reused;
    long calls;

    @SuppressWarnings("unchecked")
    private PrefixSharingModel(PerceptronModel model) {
        this.model = model;
        Object[] data = model.getDataStructures();
        this.predicates = (Map<String, Context>) data[1];
        this.outcomeCount = model.getNumOutcomes();
        this.cutSums = new double[outcomeCount];
    }

    /** The model to give the beam search: a sharing one for a perceptron, the model itself otherwise. */
    static MaxentModel of(MaxentModel model) {
        return model instanceof PerceptronModel p ? new PrefixSharingModel(p) : model;
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        int cut = cut(context);
        int from;
        calls++;
        if (cut == lastCut && samePrefix(context, lastContext, cut)) {
            reused++;
            System.arraycopy(cutSums, 0, probs, 0, outcomeCount);
            from = cut;
        } else {
            Arrays.fill(probs, 0d);
            add(context, 0, cut, probs);
            System.arraycopy(probs, 0, cutSums, 0, outcomeCount);
            lastContext = context;
            lastCut = cut;
            from = cut;
        }
        add(context, from, context.length, probs);
        normalize(probs);
        return probs;
    }

    /** Where the previous-outcome features start (the whole context when they are not where expected). */
    private static int cut(String[] context) {
        int c = context.length - OUTCOME_FEATURES;
        return c >= 0 && context[c].startsWith("po=") ? c : context.length;
    }

    private static boolean samePrefix(String[] a, String[] b, int length) {
        if (b == null || b.length < length || a.length < length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i] && !a[i].equals(b[i])) {
                return false;
            }
        }
        return true;
    }

    /** OpenNLP's {@code ArrayMath.sumFeatures} over {@code context[from..to)}, each feature valued 1. */
    private void add(String[] context, int from, int to, double[] sums) {
        for (int i = from; i < to; i++) {
            Context c = predicates.get(context[i]);
            if (c != null) {
                int[] outcomes = c.getOutcomes();
                double[] parameters = c.getParameters();
                for (int j = 0; j < outcomes.length; j++) {
                    sums[outcomes[j]] += parameters[j] * 1d;
                }
            }
        }
    }

    /** {@code PerceptronModel.eval}'s normalisation, step for step. */
    private void normalize(double[] probs) {
        double max = 1;
        for (int i = 0; i < outcomeCount; i++) {
            if (max < StrictMath.abs(probs[i])) {
                max = StrictMath.abs(probs[i]);
            }
        }
        double sum = 0;
        for (int i = 0; i < outcomeCount; i++) {
            probs[i] = StrictMath.exp(probs[i] / max);
            sum += probs[i];
        }
        for (int i = 0; i < outcomeCount; i++) {
            probs[i] /= sum;
        }
    }

    @Override
    public double[] eval(String[] context) {
        return model.eval(context);
    }

    @Override
    public double[] eval(String[] context, float[] probs) {
        return model.eval(context, probs);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
        return model.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
        return model.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
        return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
        return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return model.getNumOutcomes();
    }
}
