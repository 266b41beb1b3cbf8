package veille.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * The summary of an article that a search hit shows, kept in the {@link Fields#HIT} doc values: reading it costs a
 * few hundred bytes, where the stored row is kilobytes to decompress and parse.
 *
 * @param lead the text's first {@link #LEAD} characters (enough for {@link StoreSearch#lead})
 */
record Hit(String source, String title, String outlet, String published, String lang, String lead) {
    /** One more than the lead shown, so that the reader knows whether the text goes on. */
    static final int LEAD = 201;

    static BytesRef encode(JsonNode row) {
        String text = row.path("text").asText("");
        String[] v = {ArticleIndexer.text(row, "source"), ArticleIndexer.text(row, "title"),
                ArticleIndexer.text(row, "outlet"), ArticleIndexer.text(row, "published"),
                ArticleIndexer.text(row, "lang"), text.length() > LEAD ? text.substring(0, LEAD) : text};
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        int present = 0;
        for (int i = 0; i < v.length; i++) {
            present |= v[i] == null ? 0 : 1 << i;
        }
        out.writeByte((byte) present);
        for (String s : v) {
            if (s != null) {
                out.writeString(s);
            }
        }
        return new BytesRef(out.toArrayCopy());
    }

    static Hit decode(BytesRef b) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
        int present = in.readByte();
        String[] v = new String[6];
        for (int i = 0; i < v.length; i++) {
            v[i] = (present & 1 << i) != 0 ? in.readString() : null;
        }
        return new Hit(v[0], v[1], v[2], v[3], v[4], v[5] == null ? "" : v[5]);
    }

    /** The summary of a document of this segment, or null when it has none. */
    static Hit read(LeafReader leaf, int doc) throws IOException {
        BinaryDocValues dv = leaf.getBinaryDocValues(Fields.HIT);
        return dv != null && dv.advanceExact(doc) ? decode(dv.binaryValue()) : null;
    }
}
