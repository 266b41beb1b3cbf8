/**
 * The language stage: tells which language an article is written in, from its scripts, function words and
 * word endings, so later stages can skip or flag articles that are not French.
 */
package veille.stage.lang;
