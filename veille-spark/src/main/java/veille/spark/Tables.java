package veille.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of the job's tables (README, "Beyond one machine"). Every fact row carries {@code article_id} (the
 * article's {@code source}, as in the JSON rows) and UTF-16 offsets into that article's {@code text}, end exclusive,
 * so {@code substring(text, start + 1, end - start)} in Spark SQL gives its characters back.
 */
final class Tables {
    private Tables() {
    }

    /** A participant or place of an event. */
    static final StructType ACTOR = struct(field("id", StringType), field("name", StringType));
    /** A span of text. */
    static final StructType SPAN = struct(field("start", IntegerType), field("end", IntegerType), field("text", StringType));

    /** {@code articles}: one row per analysed article. */
    static final StructType ARTICLE = struct(
            field("article_id", StringType), field("input_index", LongType), field("entry_index", IntegerType),
            field("input_format", StringType), field("origin_kind", StringType), field("container", StringType),
            field("url", StringType), field("lang", StringType), field("lang_confidence", DoubleType),
            field("title", StringType), field("outlet", StringType), field("authors", createArrayType(StringType)),
            field("credits", createArrayType(StringType)), field("published", StringType),
            field("published_at", StringType), field("dateline", StringType), field("text", StringType),
            field("chars", IntegerType), field("entities", IntegerType), field("quotes", IntegerType),
            field("events", IntegerType), field("amounts", IntegerType));

    /** {@code entities}: one row per entity of an article (its id is the JSON's, unique within the article). */
    static final StructType ENTITY = struct(
            field("article_id", StringType), field("entity_id", StringType), field("type", StringType),
            field("name", StringType), field("aliases", createArrayType(StringType)), field("linked", BooleanType),
            field("confidence", DoubleType), field("role", StringType), field("mentions", IntegerType));

    /** {@code mentions}: one row per place an entity is named or described. */
    static final StructType MENTION = struct(
            field("article_id", StringType), field("entity_id", StringType), field("start", IntegerType),
            field("end", IntegerType), field("text", StringType), field("how", StringType),
            field("description", BooleanType));

    /** {@code quotes}: one row per quote, its speaker and its verb of saying. */
    static final StructType QUOTE = struct(
            field("article_id", StringType), field("quote_index", IntegerType), field("start", IntegerType),
            field("end", IntegerType), field("text", StringType), field("direct", BooleanType), field("kind", StringType),
            field("speaker_id", StringType), field("speaker_name", StringType), field("cue_start", IntegerType),
            field("cue_end", IntegerType), field("sentence_start", IntegerType), field("sentence_end", IntegerType),
            field("flags", createArrayType(StringType)));

    /** {@code events}: one row per event an article reports. */
    static final StructType EVENT = struct(
            field("article_id", StringType), field("input_index", LongType), field("entry_index", IntegerType),
            field("event_index", IntegerType), field("published", StringType), field("type", StringType),
            field("mode", StringType), field("date", StringType), field("status", StringType),
            field("occasion", StringType), field("start", IntegerType), field("end", IntegerType),
            field("participants", createArrayType(ACTOR)), field("place", ACTOR),
            field("evidence", createArrayType(SPAN)));

    /** {@code amounts}: one row per amount of money or count. */
    static final StructType AMOUNT = struct(
            field("article_id", StringType), field("start", IntegerType), field("end", IntegerType),
            field("text", StringType), field("value", DoubleType), field("unit", StringType),
            field("approx", BooleanType), field("of", StringType));

    /** {@code errors}: one row per input that could not be read or analysed, and per note on a container. */
    static final StructType ERROR = struct(
            field("source", StringType), field("input_index", LongType), field("entry_index", IntegerType),
            field("level", StringType), field("message", StringType));

    /** A report of a merged event: which article, and where in it. */
    static final StructType REPORT = struct(
            field("article_id", StringType), field("published", StringType), field("date", StringType),
            field("start", IntegerType), field("end", IntegerType));

    /** {@code merged_events}: the corpus's real-world events, each with every article reporting it. */
    static final StructType MERGED = struct(
            field("merged_id", StringType), field("type", StringType), field("mode", StringType),
            field("date", StringType), field("status", StringType), field("participants", createArrayType(ACTOR)),
            field("place", ACTOR), field("sources", IntegerType), field("reports", createArrayType(REPORT)),
            field("rank", IntegerType));

    /**
     * One result of the analysis before it is split into tables: an article with its facts and JSON row, or an
     * error (then only the order columns, {@code level} and {@code message} are set).
     */
    static final StructType RESULT = struct(
            field("input_index", LongType), field("entry_index", IntegerType), field("source", StringType),
            field("level", StringType), field("message", StringType), field("json", StringType),
            field("article", ARTICLE), field("entities", createArrayType(ENTITY)),
            field("mentions", createArrayType(MENTION)), field("quotes", createArrayType(QUOTE)),
            field("events", createArrayType(EVENT)), field("amounts", createArrayType(AMOUNT)));

    /** The fact tables, by the name of their folder and of their column in {@link #RESULT}. */
    static final List<String> FACTS = List.of("entities", "mentions", "quotes", "events", "amounts");

    private static StructField field(String name, DataType type) {
        return new StructField(name, type, true, org.apache.spark.sql.types.Metadata.empty());
    }

    private static StructType struct(StructField... fields) {
        return new StructType(fields);
    }
}
