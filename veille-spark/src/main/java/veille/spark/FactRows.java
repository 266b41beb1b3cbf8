package veille.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import veille.doc.Amount;
import veille.doc.ArticleMeta;
import veille.doc.Document;
import veille.doc.Entity;
import veille.doc.Event;
import veille.doc.Fact;
import veille.doc.Language;
import veille.doc.MentionKind;
import veille.doc.Quote;
import veille.source.Origin;

/** An analysed document as one row of {@link Tables#RESULT}: the article, its facts, and its JSON row. */
final class FactRows {
    static final String ERROR = "error";
    static final String NOTE = "note";

    private FactRows() {
    }

    /** The row of an analysed article. */
    static Row analysed(Document doc, String json, long inputIndex, int entryIndex) {
        String id = doc.input().source();
        ArticleMeta meta = doc.find(ArticleMeta.KEY).orElse(ArticleMeta.EMPTY);
        String published = meta.publishedValue().orElse(null);
        List<Entity> entities = doc.find(Entity.KEY).map(Entity.Entities::all).orElse(List.of());
        List<Quote> quotes = doc.find(Quote.KEY).map(Quote.Quotes::all).orElse(List.of());
        List<Event> events = doc.find(Event.KEY).map(Event.Events::all).orElse(List.of());
        List<Amount> amounts = doc.find(Amount.KEY).map(Amount.Amounts::all).orElse(List.of());

        List<Row> entityRows = new ArrayList<>(entities.size());
        List<Row> mentionRows = new ArrayList<>();
        for (Entity e : entities) {
            entityRows.add(RowFactory.create(id, e.id(), e.type().label(), e.name(), seq(e.aliases()), e.linked(),
                    e.confidence(), e.role(), e.mentions().size()));
            for (Entity.Mention m : e.mentions()) {
                mentionRows.add(RowFactory.create(id, e.id(), m.start(), m.end(),
                        doc.text().substring(m.start(), m.end()), m.how().label(), m.how() == MentionKind.ROLE));
            }
        }
        List<Row> quoteRows = new ArrayList<>(quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            boolean cue = q.cueStart() >= 0;
            quoteRows.add(RowFactory.create(id, i, q.start(), q.end(), q.text(), q.direct(), q.kind(), q.speakerId(),
                    q.hasSpeaker() ? q.speakerName() : null, cue ? q.cueStart() : null, cue ? q.cueEnd() : null,
                    q.sentenceStart(), q.sentenceEnd(), seq(q.flags())));
        }
        List<Row> eventRows = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            List<Row> participants = e.participants().stream().map(FactRows::actor).toList();
            List<Row> evidence = e.evidence().stream()
                    .map(x -> RowFactory.create(x.start(), x.end(), doc.text().substring(x.start(), x.end()))).toList();
            eventRows.add(RowFactory.create(id, inputIndex, entryIndex, i, published, e.type(), e.mode(), e.date(),
                    e.status(), e.occasion(), e.start(), e.end(), seq(participants), actor(e.place()), seq(evidence)));
        }
        List<Row> amountRows = amounts.stream().map(a -> RowFactory.create(id, a.start(), a.end(), a.text(),
                a.value(), a.unit(), a.approx(), a.of())).toList();

        Language lang = doc.find(Language.KEY).orElse(null);
        Origin origin = doc.find(Origin.KEY).orElse(null);
        Row article = RowFactory.create(id, inputIndex, entryIndex, doc.input().format().id(),
                origin == null ? null : origin.kind(), origin == null ? null : origin.container(),
                origin == null ? null : origin.url(), lang == null ? null : lang.code(),
                lang == null ? null : lang.confidence(), value(meta.title()), value(meta.outlet()),
                seq(values(meta.authors())), seq(values(meta.credits())), published, value(meta.publishedAt()),
                value(meta.dateline()), doc.text(), doc.text().length(), entities.size(), quotes.size(), events.size(),
                amounts.size());
        return RowFactory.create(inputIndex, entryIndex, id, null, null, json, article, seq(entityRows), seq(mentionRows),
                seq(quoteRows), seq(eventRows), seq(amountRows));
    }

    /** The row of an input that could not be read or analysed ({@link #ERROR}), or of a note on a container. */
    static Row problem(String source, long inputIndex, int entryIndex, String level, String message) {
        return RowFactory.create(inputIndex, entryIndex, source, level, message, null, null, seq(List.of()), seq(List.of()),
                seq(List.of()), seq(List.of()), seq(List.of()));
    }

    /** An array column's value: Spark's row encoder takes Scala sequences, not Java lists. */
    static <T> scala.collection.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list);
    }

    static Row actor(Event.Actor a) {
        return a == null ? null : RowFactory.create(a.id(), a.name());
    }

    private static String value(Fact<String> f) {
        return f == null ? null : f.value();
    }

    private static List<String> values(List<Fact<String>> facts) {
        return facts.stream().map(Fact::value).toList();
    }
}
