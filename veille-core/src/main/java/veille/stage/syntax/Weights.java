package veille.stage.syntax;

/**
 * A linear model's weights: what each feature adds to each class's score.
 *
 * <p>Public because the trainer ({@code veille.train.syntax}) scores with its learning weights through the same
 * feature functions as the runtime's tables ({@link WeightTable}).
 */
public interface Weights {
    /** Adds the weights of one feature to {@code scores} (indexed by class); nothing when the feature is unknown. */
    void addTo(long feature, float[] scores);

    /** Adds the weights of the first {@code count} features. */
    default void score(long[] features, int count, float[] scores) {
        for (int i = 0; i < count; i++) {
            addTo(features[i], scores);
        }
    }
}
