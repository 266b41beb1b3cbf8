package veille.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import veille.Version;
import veille.doc.ArticleMeta;
import veille.doc.Block;
import veille.doc.Blocks;
import veille.doc.Decoding;
import veille.doc.Document;
import veille.doc.Entity;
import veille.doc.Fact;
import veille.doc.Language;
import veille.doc.MentionKind;
import veille.doc.Quote;
import veille.doc.Sentence;
import veille.doc.Token;
import veille.source.Origin;

/**
 * Writes an analysed document as one JSON object of the contract in {@code docs/json-contract.md}.
 *
 * <p>Field names are stable; new fields are added, never renamed. Offsets are UTF-16 code units into
 * {@code text}, end exclusive. Thread-safe.
 *
 * @param pretty indent the output (for people) instead of one line (JSON Lines)
 * @param withTokens include the token layer (large; off by default)
 * @param stages the stage names to record in provenance
 * @param kb the SHA-256 of each knowledge-base table in use, by name
 */
public record AnalysisJson(boolean pretty, boolean withTokens, List<String> stages, java.util.Map<String, String> kb) {
    private static final JsonFactory FACTORY = new JsonFactory();

    public AnalysisJson {
        stages = List.copyOf(stages);
        kb = java.util.Map.copyOf(kb);
    }

    /** A writer recording the analyzer's stages and the hashes of its knowledge-base and cue tables. */
    public static AnalysisJson of(veille.Analyzer analyzer, boolean pretty, boolean withTokens) {
        return new AnalysisJson(pretty, withTokens, analyzer.stageNames(), analyzer.tableHashes());
    }

    /** The JSON of one document. */
    public String write(Document doc) {
        StringWriter w = new StringWriter(doc.text().length() * 2 + 1024);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            if (pretty) {
                g.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            write(doc, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private void write(Document doc, JsonGenerator g) throws IOException {
        ArticleMeta meta = doc.find(ArticleMeta.KEY).orElse(ArticleMeta.EMPTY);
        Language lang = doc.find(Language.KEY).orElse(null);
        g.writeStartObject();
        g.writeStringField("source", doc.input().source());
        g.writeStringField("input", doc.input().format().id());
        if (lang == null) {
            g.writeNullField("lang");
        } else {
            g.writeStringField("lang", lang.code());
            g.writeNumberField("lang_confidence", Math.round(lang.confidence() * 1000) / 1000.0);
        }
        stringOrNull(g, "title", meta.title());
        stringOrNull(g, "outlet", meta.outlet());
        strings(g, "credits", meta.credits());
        strings(g, "authors", meta.authors());
        stringOrNull(g, "published", meta.published());
        stringOrNull(g, "published_at", meta.publishedAt());
        stringOrNull(g, "dateline", meta.dateline());
        g.writeStringField("text", doc.text());

        g.writeArrayFieldStart("blocks");
        for (Block b : doc.find(Blocks.KEY).map(Blocks::all).orElse(List.of())) {
            g.writeStartObject();
            g.writeStringField("kind", b.kind().id());
            if (b.line() > 0) {
                g.writeNumberField("line", b.line());
            }
            if (b.kind().inText()) {
                g.writeNumberField("start", b.start());
                g.writeNumberField("end", b.end());
            }
            g.writeNumberField("input_start", b.inputStart());
            g.writeNumberField("input_end", b.inputEnd());
            g.writeStringField("reason", b.reason());
            if (b.path() != null) {
                g.writeStringField("path", b.path());
            }
            g.writeEndObject();
        }
        g.writeEndArray();

        if (doc.hasLayer(Sentence.LAYER)) {
            g.writeArrayFieldStart("sentences");
            for (Sentence s : doc.layer(Sentence.LAYER)) {
                g.writeStartObject();
                g.writeNumberField("start", s.start());
                g.writeNumberField("end", s.end());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (withTokens && doc.hasLayer(Token.LAYER)) {
            g.writeArrayFieldStart("tokens");
            for (Token t : doc.layer(Token.LAYER)) {
                g.writeStartObject();
                g.writeNumberField("start", t.start());
                g.writeNumberField("end", t.end());
                g.writeStringField("kind", t.kind().name().toLowerCase(java.util.Locale.ROOT));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("entities");
        for (Entity e : doc.find(Entity.KEY).map(Entity.Entities::all).orElse(List.of())) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("type", e.type().label());
            g.writeStringField("name", e.name());
            g.writeArrayFieldStart("aliases");
            for (String a : e.aliases()) {
                g.writeString(a);
            }
            g.writeEndArray();
            g.writeBooleanField("linked", e.linked());
            g.writeNumberField("confidence", Math.round(e.confidence() * 1000) / 1000.0);
            if (e.role() != null) {
                g.writeStringField("role", e.role());
            }
            // Names in "mentions" (the NER convention: no titles, no descriptions); "le président russe" in
            // "descriptions".
            for (String field : List.of("mentions", "descriptions")) {
                g.writeArrayFieldStart(field);
                for (Entity.Mention m : e.mentions()) {
                    if ((m.how() == MentionKind.ROLE) == field.equals("descriptions")) {
                        g.writeStartObject();
                        g.writeNumberField("start", m.start());
                        g.writeNumberField("end", m.end());
                        g.writeStringField("text", doc.text().substring(m.start(), m.end()));
                        g.writeStringField("how", m.how().label());
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : doc.find(Quote.KEY).map(Quote.Quotes::all).orElse(List.of())) {
            quote(g, doc, q);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (veille.doc.Event e : doc.find(veille.doc.Event.KEY).map(veille.doc.Event.Events::all).orElse(List.of())) {
            event(g, doc, e);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("amounts");
        for (veille.doc.Amount a : doc.find(veille.doc.Amount.KEY).map(veille.doc.Amount.Amounts::all).orElse(List.of())) {
            g.writeStartObject();
            g.writeStringField("text", a.text());
            g.writeNumberField("start", a.start());
            g.writeNumberField("end", a.end());
            if (a.value() == Math.rint(a.value()) && Math.abs(a.value()) < 1e15) {
                g.writeNumberField("value", (long) a.value());
            } else {
                g.writeNumberField("value", a.value());
            }
            g.writeStringField("unit", a.unit());
            g.writeBooleanField("approx", a.approx());
            g.writeStringField("of", a.of());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("talking_points");
        for (veille.doc.TalkingPointMatch t : doc.find(veille.doc.TalkingPointMatch.KEY)
                .map(veille.doc.TalkingPointMatch.Matches::all).orElse(List.of())) {
            g.writeStartObject();
            g.writeStringField("id", t.id());
            g.writeStringField("text", t.text());
            g.writeNumberField("start", t.start());
            g.writeNumberField("end", t.end());
            g.writeStringField("canonical", t.canonical());
            g.writeStringField("speaker", t.speaker());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("warnings");
        for (String w : warnings(doc, lang)) {
            g.writeString(w);
        }
        g.writeEndArray();

        g.writeObjectFieldStart("evidence");
        evidence(g, "title", meta.title());
        evidence(g, "outlet", meta.outlet());
        evidence(g, "published", meta.published());
        evidence(g, "published_at", meta.publishedAt());
        evidence(g, "dateline", meta.dateline());
        evidenceList(g, "credits", meta.credits());
        evidenceList(g, "authors", meta.authors());
        g.writeEndObject();

        Decoding d = doc.input().decoding();
        g.writeObjectFieldStart("decoding");
        g.writeStringField("charset", d.charset());
        g.writeStringField("how", d.how());
        g.writeNumberField("mojibake_repairs", d.mojibakeRepairs());
        g.writeNumberField("replacement_chars", d.replacementChars());
        g.writeEndObject();

        Origin origin = doc.find(Origin.KEY).orElse(null);
        if (origin != null) {
            origin(g, origin);
        }

        g.writeObjectFieldStart("veille");
        g.writeStringField("version", Version.VERSION);
        g.writeStringField("contract", Version.CONTRACT);
        g.writeArrayFieldStart("stages");
        for (String s : stages) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("kb_sha256");
        for (var e : new java.util.TreeMap<>(kb).entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Where an article from a feed, an archive or the web came from (docs/json-contract.md, "origin"). */
    private static void origin(JsonGenerator g, Origin o) throws IOException {
        g.writeObjectFieldStart("origin");
        g.writeStringField("kind", o.kind());
        g.writeStringField("container", o.container());
        g.writeStringField("url", o.url());
        Origin.Capture c = o.capture();
        if (c != null) {
            g.writeObjectFieldStart("capture");
            g.writeStringField("final_url", c.finalUrl());
            g.writeNumberField("status", c.status());
            g.writeStringField("content_type", c.contentType());
            g.writeStringField("charset", c.charset());
            g.writeStringField("at", c.at());
            if (c.recordId() != null) {
                g.writeStringField("record_id", c.recordId());
            }
            g.writeNumberField("bytes", c.bytes());
            g.writeEndObject();
        }
        Origin.FeedEntry e = o.entry();
        if (e != null) {
            g.writeObjectFieldStart("entry");
            g.writeStringField("feed_title", e.feedTitle());
            g.writeNumberField("index", e.index());
            g.writeStringField("title", e.title());
            g.writeStringField("date", e.date());
            g.writeStringField("published", e.published());
            g.writeArrayFieldStart("authors");
            for (String a : e.authors()) {
                g.writeString(a);
            }
            g.writeEndArray();
            g.writeStringField("content", e.content());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** One quote of the contract: text, offsets, direct, kind, speaker, cue, sentence, positions, flags. */
    private static void quote(JsonGenerator g, Document doc, Quote q) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", q.text());
        g.writeNumberField("start", q.start());
        g.writeNumberField("end", q.end());
        g.writeBooleanField("direct", q.direct());
        g.writeStringField("kind", q.kind());
        if (q.hasSpeaker()) {
            g.writeObjectFieldStart("speaker");
            if (q.speakerId() == null) {
                g.writeNullField("id");
            } else {
                g.writeStringField("id", q.speakerId());
            }
            g.writeStringField("name", q.speakerName());
            // The entity's other names, so a reader can match the speaker however the article spells it.
            if (q.speakerId() != null) {
                g.writeArrayFieldStart("aliases");
                for (Entity e : doc.find(Entity.KEY).map(Entity.Entities::all).orElse(List.of())) {
                    if (e.id().equals(q.speakerId())) {
                        for (String a : e.aliases()) {
                            g.writeString(a);
                        }
                        break;
                    }
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } else {
            g.writeNullField("speaker");
        }
        if (q.cueStart() >= 0) {
            g.writeObjectFieldStart("cue");
            g.writeNumberField("start", q.cueStart());
            g.writeNumberField("end", q.cueEnd());
            g.writeStringField("text", doc.text().substring(q.cueStart(), q.cueEnd()));
            g.writeEndObject();
        } else {
            g.writeNullField("cue");
        }
        g.writeObjectFieldStart("sentence");
        g.writeNumberField("start", q.sentenceStart());
        g.writeNumberField("end", q.sentenceEnd());
        g.writeEndObject();
        if (q.positions().size() > 1) {
            g.writeArrayFieldStart("positions");
            for (Quote.Position p : q.positions()) {
                g.writeStartObject();
                g.writeNumberField("start", p.start());
                g.writeNumberField("end", p.end());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("flags");
        for (String f : q.flags()) {
            g.writeString(f);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** What an analyst should know before trusting the row. */
    static List<String> warnings(Document doc, Language lang) {
        List<String> out = new java.util.ArrayList<>();
        if (lang != null && !lang.isFrench() && !lang.code().equals("und")) {
            out.add("not-french: the article reads as '" + lang.code()
                    + "'; the analysis stages are built for French and may miss entities, quotes and events");
        }
        if (doc.text().isEmpty()) {
            out.add("no-article: no line of the input reads as article prose");
        }
        Decoding d = doc.input().decoding();
        if (d.replacementChars() > 0) {
            out.add("lost-characters: " + d.replacementChars() + " characters could not be decoded (U+FFFD)");
        }
        if (d.mojibakeRepairs() > 0) {
            out.add("mojibake-repaired: " + d.mojibakeRepairs() + " sequences of UTF-8 read as windows-1252 were repaired");
        }
        Origin origin = doc.find(Origin.KEY).orElse(null);
        if (origin != null && origin.entry() != null && origin.entry().summaryOnly()) {
            out.add("summary-only: the feed gives only a summary of this article (its " + origin.entry().content()
                    + (origin.url() != null ? "); fetch the article itself with --fetch-items" : ") and no link to it"));
        }
        return out;
    }

    private static void stringOrNull(JsonGenerator g, String name, Fact<String> f) throws IOException {
        if (f == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, f.value());
        }
    }

    private static void strings(JsonGenerator g, String name, List<Fact<String>> facts) throws IOException {
        g.writeArrayFieldStart(name);
        for (Fact<String> f : facts) {
            g.writeString(f.value());
        }
        g.writeEndArray();
    }

    private static void evidence(JsonGenerator g, String name, Fact<String> f) throws IOException {
        if (f != null) {
            g.writeFieldName(name);
            evidence(g, f);
        }
    }

    private static void evidenceList(JsonGenerator g, String name, List<Fact<String>> facts) throws IOException {
        if (!facts.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (Fact<String> f : facts) {
                evidence(g, f);
            }
            g.writeEndArray();
        }
    }

    private static void evidence(JsonGenerator g, Fact<String> f) throws IOException {
        g.writeStartObject();
        g.writeStringField("value", f.value());
        if (f.line() > 0) {
            g.writeNumberField("line", f.line());
        }
        g.writeNumberField("input_start", f.inputStart());
        g.writeNumberField("input_end", f.inputEnd());
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, Document doc, veille.doc.Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", e.type());
        g.writeStringField("mode", e.mode());
        g.writeArrayFieldStart("participants");
        for (veille.doc.Event.Actor a : e.participants()) {
            actor(g, doc, a);
        }
        g.writeEndArray();
        g.writeFieldName("place");
        if (e.place() == null) {
            g.writeNull();
        } else {
            actor(g, doc, e.place());
        }
        g.writeStringField("date", e.date());
        g.writeStringField("status", e.status());
        g.writeStringField("occasion", e.occasion());
        g.writeNumberField("start", e.start());
        g.writeNumberField("end", e.end());
        g.writeObjectFieldStart("evidence");
        veille.doc.Event.Evidence first = e.evidence().getFirst();
        g.writeNumberField("start", first.start());
        g.writeNumberField("end", first.end());
        g.writeStringField("text", doc.text().substring(first.start(), first.end()));
        g.writeEndObject();
        if (e.evidence().size() > 1) {
            g.writeArrayFieldStart("evidences");
            for (veille.doc.Event.Evidence x : e.evidence()) {
                g.writeStartObject();
                g.writeNumberField("start", x.start());
                g.writeNumberField("end", x.end());
                g.writeStringField("text", doc.text().substring(x.start(), x.end()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void actor(JsonGenerator g, Document doc, veille.doc.Event.Actor a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("name", a.name());
        List<String> aliases = doc.find(Entity.KEY).map(Entity.Entities::all).orElse(List.of()).stream()
                .filter(x -> a.id() != null ? x.id().equals(a.id()) : x.name().equals(a.name()))
                .findFirst().map(Entity::aliases).orElse(List.of());
        g.writeArrayFieldStart("aliases");
        for (String s : aliases) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
