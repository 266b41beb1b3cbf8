/** The catalogue stage: known talking points matched in each article, with the speaker when quoted. */
package veille.stage.talk;
