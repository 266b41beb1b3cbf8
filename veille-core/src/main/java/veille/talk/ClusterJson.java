package veille.talk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes a cluster as one JSON object: the fields the talking-points scorer reads ({@code id}, {@code kind},
 * {@code text}, {@code first}, {@code members} with {@code source}, {@code text}, {@code published},
 * {@code outlet}) and the rest (spans, speakers, outlets, spread, state affiliation, catalogue ids).
 */
public final class ClusterJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ClusterJson() {
    }

    /** One line of JSON. */
    public static String write(Cluster c) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("kind", c.kind());
            g.writeStringField("text", c.text());
            g.writeFieldName("first");
            member(g, c.first());
            g.writeArrayFieldStart("outlets");
            for (String o : c.outlets()) {
                g.writeString(o);
            }
            g.writeEndArray();
            g.writeBooleanField("state_affiliated", c.members().stream().anyMatch(Cluster.Member::stateAffiliated));
            g.writeArrayFieldStart("catalogue");
            for (String id : c.catalogue()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("spread");
            for (Map.Entry<String, Integer> e : c.spread().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("members");
            for (Cluster.Member m : c.members()) {
                member(g, m);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void member(JsonGenerator g, Cluster.Member m) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", m.source());
        g.writeStringField("text", m.text());
        g.writeNumberField("start", m.start());
        g.writeNumberField("end", m.end());
        g.writeStringField("outlet", m.outlet());
        g.writeStringField("published", m.published());
        g.writeStringField("published_at", m.publishedAt());
        g.writeStringField("speaker", m.speaker());
        g.writeBooleanField("state_affiliated", m.stateAffiliated());
        g.writeEndObject();
    }
}
