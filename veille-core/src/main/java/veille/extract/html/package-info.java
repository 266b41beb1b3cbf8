/** HTML pages: for now rendered to page text as a browser's "copy all" gives it (issue "HTML pages" replaces this). */
package veille.extract.html;
