package veille.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import veille.kb.Outlet;
import veille.kb.Outlets;

/**
 * Turns one analysis row (the JSON contract of {@code analyze}) into the Lucene document of the store. Thread-safe.
 */
final class ArticleIndexer {
    /** A keyword counted once per occurrence: the quotes of a speaker, the events of a participant. */
    private static final FieldType COUNTED = new FieldType();

    static {
        COUNTED.setTokenized(false);
        COUNTED.setOmitNorms(true);
        COUNTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        COUNTED.freeze();
    }

    /** Full text with offsets in the postings: snippets are cut from them without analysing the text again. */
    private static final FieldType TEXT_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_OFFSETS.freeze();
    }

    private final Outlets outlets;

    ArticleIndexer(Outlets outlets) {
        this.outlets = outlets;
    }

    /** The article's id: a stable hash of its source and its text (32 hex digits). */
    static String id(String source, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(source.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The epoch day of a {@code YYYY-MM-DD} date, or null for anything else (a date without its year, a weekday). */
    static Long epochDay(String date) {
        if (date == null || date.length() != 10 || !Character.isDigit(date.charAt(0))) {
            return null;
        }
        try {
            return LocalDate.parse(date).toEpochDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    Document document(String id, JsonNode row, String json) {
        Document d = new Document();
        String source = row.path("source").asText();
        d.add(new StringField(Fields.ID, id, Field.Store.NO));
        d.add(new SortedDocValuesField(Fields.ID, new BytesRef(id)));
        d.add(new StringField(Fields.SOURCE, source, Field.Store.NO));
        d.add(new BinaryDocValuesField(Fields.STORED_TEXT, new BytesRef(row.path("text").asText(""))));
        d.add(new StoredField(Fields.JSON, json));
        d.add(new BinaryDocValuesField(Fields.HIT, Hit.encode(row)));

        String lang = text(row, "lang");
        lang = lang == null ? "und" : lang;
        keyword(d, Fields.LANG, lang, true);
        boolean french = lang.equals("fr") || lang.equals("und");
        d.add(new Field(french ? Fields.TEXT : Fields.TEXT_OTHER, row.path("text").asText(""), TEXT_OFFSETS));
        String title = text(row, "title");
        if (title != null) {
            d.add(new TextField(Fields.TITLE, title, Field.Store.NO));
        }

        String outlet = text(row, "outlet");
        if (outlet != null) {
            keyword(d, Fields.OUTLET, outlet, true);
            d.add(new TextField(Fields.OUTLET_WORDS, outlet, Field.Store.NO));
            Outlet o = outlets.find(outlet).orElse(null);
            if (o != null) {
                if (o.country() != null && !o.country().isEmpty()) {
                    keyword(d, Fields.OUTLET_COUNTRY, o.country(), false);
                }
                keyword(d, Fields.STATE_AFFILIATED, Boolean.toString("state".equals(o.state())), false);
            }
        }
        for (JsonNode c : row.path("credits")) {
            keyword(d, Fields.CREDIT, c.asText(), false);
        }
        for (JsonNode a : row.path("authors")) {
            keyword(d, Fields.AUTHOR, a.asText(), false);
            d.add(new TextField(Fields.AUTHOR_WORDS, a.asText(), Field.Store.NO));
        }
        Long day = epochDay(text(row, "published"));
        if (day != null) {
            d.add(new LongPoint(Fields.PUBLISHED, day));
            d.add(new NumericDocValuesField(Fields.PUBLISHED, day));
            d.add(new SortedSetDocValuesField(Fields.MONTH, new BytesRef(row.path("published").asText().substring(0, 7))));
        }

        Set<String> ids = new LinkedHashSet<>();
        Set<String> compound = new LinkedHashSet<>();
        for (JsonNode e : row.path("entities")) {
            String eid = text(e, "id");
            if (eid == null) {
                continue;
            }
            String name = e.path("name").asText(eid);
            if (ids.add(eid)) {
                d.add(new StringField(Fields.ENTITY, eid, Field.Store.NO));
                d.add(new SortedSetDocValuesField(Fields.ENTITY, new BytesRef(eid)));
                keyword(d, Fields.ENTITY_TYPE, e.path("type").asText("MISC"), false);
            }
            if (e.path("type").asText().equals("LOC")) {
                keyword(d, Fields.PLACE, eid, false);
            }
            compound.add(Fields.ID_INFO + eid + Fields.SEP + e.path("type").asText("MISC") + Fields.SEP + name);
            Set<String> names = new LinkedHashSet<>();
            names.add(name);
            names.add(eid);
            e.path("aliases").forEach(a -> names.add(a.asText()));
            e.path("mentions").forEach(m -> names.add(m.path("text").asText()));
            boolean person = e.path("type").asText().equals("PER");
            for (String n : names) {
                if (n.isBlank()) {
                    continue;
                }
                compound.add(Fields.ALIAS_ID + Analysis.aliasKey(n) + Fields.SEP + eid);
                // A person is also found by the surname alone, in any script ("Путин" for "Владимир Путин").
                String key = Analysis.aliasKey(n);
                int space = key.lastIndexOf(' ');
                if (person && space > 0 && key.length() - space > 3) {
                    compound.add(Fields.ALIAS_ID + key.substring(space + 1) + Fields.SEP + eid);
                }
                compound.add(Fields.ID_ALIAS + eid + Fields.SEP + n);
                d.add(new TextField(Fields.NAMES, n, Field.Store.NO));
            }
            String role = text(e, "role");
            if (role != null) {
                compound.add(Fields.ID_ROLE + eid + Fields.SEP + role);
            }
        }
        for (String c : compound) {
            // The field name is the constant prefix: split it back off.
            for (String f : new String[] {Fields.ALIAS_ID, Fields.ID_ALIAS, Fields.ID_INFO, Fields.ID_ROLE}) {
                if (c.startsWith(f)) {
                    d.add(new StringField(f, c.substring(f.length()), Field.Store.NO));
                    break;
                }
            }
        }

        int quotes = 0;
        for (JsonNode q : row.path("quotes")) {
            quotes++;
            d.add(new TextField(Fields.QUOTE, q.path("text").asText(""), Field.Store.NO));
            JsonNode sp = q.path("speaker");
            if (sp.isObject()) {
                String sid = text(sp, "id");
                d.add(new Field(Fields.SPEAKER, sid != null ? sid : "name:" + Analysis.aliasKey(sp.path("name").asText()), COUNTED));
                d.add(new TextField(Fields.SPEAKER_WORDS, sp.path("name").asText(""), Field.Store.NO));
            }
        }
        d.add(new NumericDocValuesField(Fields.N_QUOTES, quotes));

        int events = 0;
        Set<String> types = new LinkedHashSet<>();
        for (JsonNode ev : row.path("events")) {
            events++;
            String type = ev.path("type").asText("");
            if (types.add(type)) {
                keyword(d, Fields.EVENT_TYPE, type, true);
            }
            java.util.List<String> who = new java.util.ArrayList<>();
            for (JsonNode p : ev.path("participants")) {
                String pid = text(p, "id");
                String key = pid != null ? pid : "name:" + Analysis.aliasKey(p.path("name").asText());
                d.add(new Field(Fields.PARTICIPANT, key, COUNTED));
                if (pid != null && !who.contains(pid)) {
                    who.add(pid);
                }
            }
            for (int i = 0; i < who.size(); i++) {
                for (int j = i + 1; j < who.size(); j++) {
                    String a = who.get(i).compareTo(who.get(j)) < 0 ? who.get(i) : who.get(j);
                    String b = a.equals(who.get(i)) ? who.get(j) : who.get(i);
                    d.add(new SortedSetDocValuesField(Fields.EVENT_EDGE,
                            new BytesRef(type + Fields.SEP + a + Fields.SEP + b)));
                }
            }
            JsonNode place = ev.path("place");
            if (place.isObject()) {
                String pid = text(place, "id");
                keyword(d, Fields.PLACE, pid != null ? pid : "name:" + Analysis.aliasKey(place.path("name").asText()), false);
            }
            Long eday = epochDay(text(ev, "date"));
            if (eday != null) {
                d.add(new LongPoint(Fields.EVENT_DATE, eday));
            }
        }
        d.add(new NumericDocValuesField(Fields.N_EVENTS, events));
        String dateline = text(row, "dateline");
        if (dateline != null) {
            keyword(d, Fields.PLACE, "name:" + Analysis.aliasKey(dateline), false);
        }

        for (JsonNode a : row.path("amounts")) {
            if (a.path("value").isNumber()) {
                d.add(new DoublePoint(Fields.AMOUNT, a.path("value").asDouble()));
            }
            String unit = text(a, "unit");
            if (unit != null) {
                keyword(d, Fields.AMOUNT_UNIT, unit, false);
            }
        }
        return d;
    }

    private static void keyword(Document d, String field, String value, boolean facet) {
        d.add(new StringField(field, value, Field.Store.NO));
        if (facet) {
            d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }
}
