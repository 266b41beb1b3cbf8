package veille.doc;

import java.util.Locale;

/** What one input line (or HTML block) is to the article. Only {@link #TITLE} and {@link #BODY} enter the text. */
public enum BlockKind {
    /** The headline. */
    TITLE,
    /** A paragraph or in-article subheading of the article. */
    BODY,
    /** A photo caption or image alt text; often about another day's event, so kept apart. */
    CAPTION,
    /** An agency or source credit: "Avec Xinhua", "Xinhua | 20.09.2023 08h36", "SOURCE: ...". */
    CREDIT,
    /** Authors or editors: "Par ...", "(Rédacteurs : ...)". */
    BYLINE,
    /** A publication or update stamp: "Dernière mise à jour à 08h50 le 19/11". */
    STAMP,
    /** A line that is only a dateline ("PÉKIN, 20 sept. (Xinhua) --"). */
    DATELINE,
    /** Navigation, share buttons, slide controls, "lire aussi", logos, counters, comment forms. */
    BOILERPLATE,
    /** A verbatim repeat of an earlier body paragraph. */
    DUPLICATE;

    /** The lower-case name used in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether blocks of this kind are part of the article text. */
    public boolean inText() {
        return this == TITLE || this == BODY;
    }
}
