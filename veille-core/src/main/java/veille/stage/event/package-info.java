/**
 * Events: diplomatic events in the PLOVER ontology (who met whom, where, when, how; what was signed), with their
 * dates normalised against the publication date, and the amounts articles state; triggers and words are data
 * ({@code veille/kb/event-triggers.tsv}, {@code veille/kb/amount-words.tsv}).
 */
package veille.stage.event;
