/** Veille: French-language news intelligence. {@link veille.Analyzer} is the entry point. */
package veille;
