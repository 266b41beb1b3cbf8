package veille.extract.text;

/** What a page-text cue says a line is. */
enum CueKind {
    STAMP, CREDIT, BYLINE, CAPTION, END, LINK, BOILERPLATE;

    static CueKind parse(String s) {
        return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
