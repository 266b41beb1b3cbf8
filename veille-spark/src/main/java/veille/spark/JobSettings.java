package veille.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import veille.corpus.InputKind;
import veille.io.InputReader;

/**
 * What one Veille job reads and writes.
 *
 * @param inputs     local paths (read as {@code bin/veille analyze} reads them, same source names) or Hadoop file
 *                   system URIs ({@code hdfs://}, {@code s3a://}, {@code file:}; folders listed recursively, globs
 *                   allowed)
 * @param output     the output folder (a Hadoop URI or a local path)
 * @param kind       how every input is taken (sniffed by default)
 * @param maxBytes   the largest file, feed entry or archived page accepted
 * @param kb         a folder of extra knowledge-base tables, readable at that path on every executor, or null
 * @param partitions how many slices the inputs are cut into, or 0 for eight per core of the cluster
 * @param overwrite  replace an existing output folder instead of failing
 */
public record JobSettings(List<String> inputs, String output, InputKind kind, long maxBytes, String kb, int partitions,
                          boolean overwrite) implements Serializable {
    public JobSettings {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(kind, "kind");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given");
        }
        if (maxBytes <= 0 || partitions < 0) {
            throw new IllegalArgumentException("maxBytes must be positive and partitions 0 or more");
        }
    }

    /** Inputs sniffed, the default size limit, the built-in knowledge base, automatic partitions. */
    public static JobSettings of(List<String> inputs, String output) {
        return new JobSettings(inputs, output, InputKind.AUTO, InputReader.DEFAULT_MAX_BYTES, null, 0, false);
    }

    public JobSettings withKind(InputKind kind) {
        return new JobSettings(inputs, output, kind, maxBytes, kb, partitions, overwrite);
    }

    public JobSettings withKb(String kb) {
        return new JobSettings(inputs, output, kind, maxBytes, kb, partitions, overwrite);
    }

    public JobSettings withPartitions(int partitions) {
        return new JobSettings(inputs, output, kind, maxBytes, kb, partitions, overwrite);
    }

    public JobSettings withMaxBytes(long maxBytes) {
        return new JobSettings(inputs, output, kind, maxBytes, kb, partitions, overwrite);
    }

    public JobSettings withOverwrite(boolean overwrite) {
        return new JobSettings(inputs, output, kind, maxBytes, kb, partitions, overwrite);
    }
}
