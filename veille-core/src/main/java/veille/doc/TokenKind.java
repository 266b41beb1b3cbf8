package veille.doc;

/** The broad class of a token. */
public enum TokenKind {
    /** A word, including elided forms ("l'", "qu'") and hyphenated compounds ("sino-russe"). */
    WORD,
    /** A number, possibly with decimal comma or thousands separators ("200", "1,5", "25 000"). */
    NUMBER,
    /** Punctuation, including quotation marks. */
    PUNCT,
    /** Symbols: %, $, €, ©, ... */
    SYMBOL,
    /** Anything else (emoji, stray control characters). */
    OTHER
}
