package veille.stage.syntax;

/** A linear model's weights: what each feature adds to each class's score. */
interface Weights {
    /** Adds the weights of one feature to {@code scores} (indexed by class); nothing when the feature is unknown. */
    void addTo(long feature, float[] scores);

    /** Adds the weights of the first {@code count} features. */
    default void score(long[] features, int count, float[] scores) {
        for (int i = 0; i < count; i++) {
            addTo(features[i], scores);
        }
    }
}
