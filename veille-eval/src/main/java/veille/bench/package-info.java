/**
 * Speed benchmarks of single stages, plain {@code main}s run on the jars of the build: the tokenizer and sentence
 * splitter ({@link veille.bench.TokenizeBench}), language identification ({@link veille.bench.LanguageBench}) and the
 * name finder ({@link veille.bench.NerBench}). The whole pipeline's are {@code bin/veille bench analyze|load|extract}.
 */
package veille.bench;
