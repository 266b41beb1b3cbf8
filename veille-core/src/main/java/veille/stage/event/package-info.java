/**
 * Events: events in the PLOVER ontology except violence (who met, signed, protested, accused, sanctioned, asked,
 * refused, withdrew ... whom, where, when), with their dates normalised against the publication date, and the
 * amounts articles state; triggers, collective actors and words are data ({@code veille/kb/event-triggers.tsv},
 * {@code veille/kb/event-groups.tsv}, {@code veille/kb/event-words.tsv}, {@code veille/kb/amount-words.tsv}).
 */
package veille.stage.event;
