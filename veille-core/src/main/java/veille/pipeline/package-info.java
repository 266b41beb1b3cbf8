/** The pipeline: stages that each add facts or layers to an immutable document, checked when built. */
package veille.pipeline;
