package veille.source;

/** What a file or a response holds: one document, a feed of articles, or a WARC archive of captures. */
public enum SourceKind {
    /** One article page (text, HTML or plain text): analysed as a whole. */
    DOCUMENT,
    /** An RSS 2.0, RSS 1.0 (RDF) or Atom feed: each entry is an article. */
    FEED,
    /** A WARC archive, plain or gzip: each HTML response or resource record is an article. */
    WARC
}
