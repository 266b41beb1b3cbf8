package veille.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import veille.kb.KnowledgeBase;
import veille.store.CorpusStore;
import veille.store.StoreSearch;
import veille.store.StoreServer;

/** A few invented articles in the shape of the JSON contract, one of them hostile, and a server with the UI over them. */
final class Corpus {
    static final ObjectMapper JSON = new ObjectMapper();

    /** Markup that would run script if any page put it into HTML: each sets window.__pwned. */
    static final String TITLE = "Alerte <script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\"> hostile";
    static final String OUTLET = "<b onmouseover=\"window.__pwned=3\">Evil</b> Media";
    static final String LINK = "<a href=\"javascript:window.__pwned=4\">cliquez</a>";
    static final String QUOTE = "Le ministre <img src=x onerror=window.__pwned=5> refuse tout";
    static final String SPEAKER = "<script>window.__pwned=6</script>Porte-parole";

    private final ObjectNode row = JSON.createObjectNode();
    private final String text;

    private Corpus(String source, String title, String body) {
        text = title + "\n\n" + body;
        row.put("source", source);
        row.put("input", "text");
        row.put("lang", "fr");
        row.put("title", title);
        row.putNull("outlet");
        row.putArray("credits");
        row.putArray("authors");
        row.putNull("published");
        row.put("text", text);
        ArrayNode blocks = row.putArray("blocks");
        blocks.addObject().put("kind", "title").put("line", 1).put("start", 0).put("end", title.length())
                .put("input_start", 0).put("input_end", title.length()).put("reason", "first line");
        blocks.addObject().put("kind", "caption").put("line", 2).put("input_start", title.length() + 1)
                .put("input_end", title.length() + 20).put("reason", "photo caption");
        blocks.addObject().put("kind", "body").put("line", 3).put("start", title.length() + 2).put("end", text.length())
                .put("input_start", title.length() + 22).put("input_end", text.length() + 20).put("reason", "paragraph");
        row.putArray("entities");
        row.putArray("quotes");
        row.putArray("events");
        row.putArray("amounts");
    }

    static Corpus article(String source, String title, String body) {
        return new Corpus(source, title, body);
    }

    Corpus published(String d) {
        row.put("published", d);
        return this;
    }

    Corpus outlet(String o) {
        row.put("outlet", o);
        return this;
    }

    /** An entity with a mention at each occurrence of each of its forms in the text. */
    Corpus entity(String id, String type, String name, String... forms) {
        ObjectNode e = ((ArrayNode) row.get("entities")).addObject();
        e.put("id", id).put("type", type).put("name", name).put("linked", true);
        ArrayNode aliases = e.putArray("aliases");
        ArrayNode mentions = e.putArray("mentions");
        for (String f : forms) {
            aliases.add(f);
            for (int i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + f.length())) {
                mentions.addObject().put("start", i).put("end", i + f.length()).put("text", f).put("how", "name");
            }
        }
        return this;
    }

    Corpus quote(String words, String speakerId, String speakerName) {
        int i = text.indexOf(words);
        ObjectNode q = ((ArrayNode) row.get("quotes")).addObject();
        q.put("text", words).put("start", i).put("end", i + words.length()).put("direct", true).put("kind", "direct");
        q.putObject("speaker").put("id", speakerId).put("name", speakerName);
        q.putNull("cue");
        return this;
    }

    /** An event whose trigger is the first occurrence of {@code trigger} in the text. */
    Corpus event(String type, String date, String trigger, String... participants) {
        int at = text.indexOf(trigger);
        ObjectNode e = ((ArrayNode) row.get("events")).addObject();
        e.put("type", type).putNull("mode");
        ArrayNode p = e.putArray("participants");
        for (int i = 0; i < participants.length; i += 2) {
            p.addObject().put("id", participants[i]).put("name", participants[i + 1]);
        }
        e.putNull("place");
        e.put("date", date).put("status", "happened").putNull("occasion").put("start", at)
                .put("end", at + trigger.length());
        e.putObject("evidence").put("start", at).put("end", at + trigger.length()).put("text", trigger);
        return this;
    }

    String json() {
        return row.toString();
    }

    static List<String> rows() {
        return List.of(
                article("t/a1.txt", "Pékin et Moscou resserrent leurs liens",
                        "Vladimir Poutine a déclaré : Nos relations sont au plus haut niveau. Xi Jinping a salué la rencontre.")
                        .published("2024-03-12").outlet("Xinhua")
                        .entity("vladimir-putin", "PER", "Vladimir Putin", "Vladimir Poutine")
                        .entity("xi-jinping", "PER", "Xi Jinping", "Xi Jinping")
                        .quote("Nos relations sont au plus haut niveau", "vladimir-putin", "Vladimir Putin")
                        .event("CONSULT", "2024-03-11", "rencontre", "vladimir-putin", "Vladimir Putin", "xi-jinping", "Xi Jinping")
                        .json(),
                article("t/a2.txt", "Le président russe en visite",
                        "Vladimir Poutine a rencontré son homologue, et un accord a été signé.")
                        .published("2024-04-02").outlet("Le Monde")
                        .entity("vladimir-putin", "PER", "Vladimir Putin", "Vladimir Poutine")
                        .event("AGREE", "2024-04-01", "accord", "vladimir-putin", "Vladimir Putin", "xi-jinping", "Xi Jinping")
                        .json(),
                article("t/evil.txt", TITLE, "Texte hostile " + LINK + " puis " + QUOTE + ", a dit " + SPEAKER + ".")
                        .published("2024-05-01").outlet(OUTLET)
                        .entity("evil-speaker", "PER", SPEAKER, SPEAKER)
                        .quote(QUOTE, "evil-speaker", SPEAKER)
                        .event("CONSULT", "2024-05-01", "puis", "evil-speaker", SPEAKER, "vladimir-putin", "Vladimir Putin")
                        .json());
    }

    /** A store over {@link #rows()} in dir, and the server with the web UI on a free port. */
    static StoreServer serve(Path dir, CorpusStore[] keep) {
        CorpusStore store = CorpusStore.open(dir, KnowledgeBase.builtIn());
        rows().forEach(store::add);
        store.commit();
        keep[0] = store;
        return StoreServer.start(new StoreSearch(store), StoreServer.Options.defaults().withPort(0).withRateLimit(0),
                List.of(new WebUi(), new veille.store.SavedSearches(dir)));
    }
}
