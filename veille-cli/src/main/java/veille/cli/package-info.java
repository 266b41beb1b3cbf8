/** The command line ({@code bin/veille}): parses options, runs the {@link veille.Analyzer}, prints results. */
package veille.cli;
