/**
 * Running the analysis over a corpus: files, folders (recursively), standard input, feeds, WARC archives and URLs to
 * fetch, on all cores, with a bounded window of work in flight and the results handed on in input order, each input
 * that cannot be analysed reported as one error line while the others go on. {@link veille.corpus.CorpusRunner} is
 * the entry point; the command line, a store, a server or a Spark job are adapters on it.
 */
package veille.corpus;
