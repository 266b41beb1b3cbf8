/**
 * The Java article extractors {@code bin/veille bench extract} compares Veille with, behind
 * {@link java.util.function.BiFunction} (URL, HTML) to text. Benchmark only: never on the product's class path.
 */
package veille.bench.peers;
