/**
 * Linking and coreference: from names, partial names, titles and role descriptions in the text to one entity per
 * real-world person, organisation, place or initiative, linked to the knowledge base where it knows them.
 */
package veille.stage.link;
