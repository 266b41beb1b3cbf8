/**
 * Page text: pages as people copy or scrape them, one page element a line. Each line is classified from what
 * it is (its shape, its vocabulary, its neighbours), the article is the densest run of prose, and metadata is
 * read from the lines around it.
 */
package veille.extract.text;
