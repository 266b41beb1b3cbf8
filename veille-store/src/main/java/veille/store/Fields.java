package veille.store;

/** The names of the index fields (docs/store.md lists what each holds and how it is analysed). */
public final class Fields {
    private Fields() {
    }

    /** Separates the parts of a compound term ({@code alias␁id}). */
    public static final char SEP = '\u0001';

    public static final String ID = "id";
    public static final String SOURCE = "source";
    public static final String JSON = "json";
    /**
     * The text alone, as binary doc values (layout 3): snippets read the page's texts as they are, without
     * decompressing a block of stored rows per hit (a stored copy beside the row did, 27% of a search's allocation).
     */
    public static final String STORED_TEXT = "text_dv";
    /**
     * What a search hit shows (source, title, outlet, published, lang and the text's first 201 characters), as
     * binary doc values: a hit is read without decompressing and parsing the whole stored row.
     */
    public static final String HIT = "hit";
    public static final String TEXT = "text";
    public static final String TEXT_OTHER = "text_other";
    public static final String TITLE = "title";
    public static final String OUTLET = "outlet";
    public static final String OUTLET_WORDS = "outlet_words";
    public static final String OUTLET_COUNTRY = "outlet_country";
    public static final String STATE_AFFILIATED = "state_affiliated";
    public static final String CREDIT = "credit";
    public static final String AUTHOR = "author";
    public static final String AUTHOR_WORDS = "author_words";
    public static final String PUBLISHED = "published";
    public static final String MONTH = "month";
    public static final String LANG = "lang";
    public static final String ENTITY = "entity";
    public static final String ENTITY_TYPE = "entity_type";
    public static final String NAMES = "names";
    /** {@code aliasKey␁id}: resolves an alias in any script to the ids it names. */
    public static final String ALIAS_ID = "alias_id";
    /** {@code id␁alias}: the aliases an entity was seen under. */
    public static final String ID_ALIAS = "id_alias";
    /** {@code id␁type␁name}. */
    public static final String ID_INFO = "id_info";
    /** {@code id␁role}. */
    public static final String ID_ROLE = "id_role";
    public static final String SPEAKER = "speaker";
    public static final String SPEAKER_WORDS = "speaker_words";
    public static final String QUOTE = "quote";
    public static final String EVENT_TYPE = "event_type";
    public static final String PARTICIPANT = "participant";
    public static final String PLACE = "place";
    public static final String EVENT_DATE = "event_date";
    /** {@code TYPE␁idA␁idB}: one edge of the event graph. */
    public static final String EVENT_EDGE = "event_edge";
    public static final String AMOUNT = "amount";
    public static final String AMOUNT_UNIT = "amount_unit";
    public static final String N_QUOTES = "n_quotes";
    public static final String N_EVENTS = "n_events";
}
