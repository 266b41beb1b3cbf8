package veille.doc;

/** What an input is taken as. */
public enum InputFormat {
    /** Page text as people copy or scrape it: one paragraph or page element a line, boilerplate included. */
    TEXT,
    /** An HTML page, read from its DOM ({@code veille.extract.html.HtmlExtractor}). */
    HTML,
    /** Already-clean article text: the document text is the input unchanged. */
    PLAIN;

    /** The lower-case name used on the command line and in JSON. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
