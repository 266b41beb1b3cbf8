package veille.corpus;

import veille.doc.InputFormat;

/** How the inputs are taken: sniffed one by one, or all as one kind (the command line's {@code --input}). */
public enum InputKind {
    /** Feed, WARC archive, HTML or page text, sniffed from each file's name and first bytes. */
    AUTO,
    /** Text copied from a page, furniture and all. */
    TEXT,
    /** An HTML page. */
    HTML,
    /** Already-clean article text. */
    PLAIN,
    /** An RSS or Atom feed: one article per entry. */
    FEED,
    /** A WARC archive: one article per archived page. */
    WARC;

    /** The document format every file is read as, or null when it is sniffed or the file is a container. */
    public InputFormat format() {
        return switch (this) {
            case AUTO, FEED, WARC -> null;
            case TEXT -> InputFormat.TEXT;
            case HTML -> InputFormat.HTML;
            case PLAIN -> InputFormat.PLAIN;
        };
    }
}
