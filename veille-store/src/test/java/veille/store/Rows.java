package veille.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Analysis rows for tests, written by hand in the shape of the JSON contract (invented articles). */
final class Rows {
    static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode row = JSON.createObjectNode();

    private Rows(String source, String title, String text) {
        row.put("source", source);
        row.put("input", "text");
        row.put("lang", "fr");
        row.put("title", title);
        row.putNull("outlet");
        row.putArray("credits");
        row.putArray("authors");
        row.putNull("published");
        row.put("text", title + "\n\n" + text);
        row.putArray("entities");
        row.putArray("quotes");
        row.putArray("events");
        row.putArray("amounts");
    }

    static Rows article(String source, String title, String text) {
        return new Rows(source, title, text);
    }

    Rows published(String date) {
        row.put("published", date);
        return this;
    }

    Rows outlet(String outlet) {
        row.put("outlet", outlet);
        return this;
    }

    Rows lang(String lang) {
        row.put("lang", lang);
        return this;
    }

    Rows author(String a) {
        ((ArrayNode) row.get("authors")).add(a);
        return this;
    }

    Rows entity(String id, String type, String name, String... aliases) {
        ObjectNode e = ((ArrayNode) row.get("entities")).addObject();
        e.put("id", id);
        e.put("type", type);
        e.put("name", name);
        ArrayNode a = e.putArray("aliases");
        for (String s : aliases) {
            a.add(s);
        }
        e.put("linked", true);
        e.putArray("mentions");
        return this;
    }

    Rows role(String role) {
        ArrayNode es = (ArrayNode) row.get("entities");
        ((ObjectNode) es.get(es.size() - 1)).put("role", role);
        return this;
    }

    Rows quote(String speakerId, String speakerName, String text) {
        ObjectNode q = ((ArrayNode) row.get("quotes")).addObject();
        q.put("text", text);
        q.put("start", 0);
        q.put("end", 1);
        q.put("direct", true);
        q.put("kind", "direct");
        ObjectNode sp = q.putObject("speaker");
        sp.put("id", speakerId);
        sp.put("name", speakerName);
        q.putNull("cue");
        return this;
    }

    Rows event(String type, String date, String placeId, String placeName, String... participants) {
        ObjectNode e = ((ArrayNode) row.get("events")).addObject();
        e.put("type", type);
        e.put("mode", type.equals("CONSULT") ? "in_person" : null);
        ArrayNode p = e.putArray("participants");
        for (int i = 0; i < participants.length; i += 2) {
            ObjectNode a = p.addObject();
            a.put("id", participants[i]);
            a.put("name", participants[i + 1]);
        }
        if (placeId == null) {
            e.putNull("place");
        } else {
            e.putObject("place").put("id", placeId).put("name", placeName);
        }
        e.put("date", date);
        e.put("status", "happened");
        e.putNull("occasion");
        e.put("start", 0);
        e.put("end", 1);
        e.putObject("evidence").put("start", 0).put("end", 1).put("text", "x");
        return this;
    }

    String json() {
        return row.toString();
    }

    /** A small corpus: what the search, profile and API tests rely on. */
    static java.util.List<String> corpus() {
        return java.util.List.of(
                article("corpus/a1.txt", "Pékin et Moscou resserrent leurs liens",
                        "Les ministres des deux pays se sont retrouvés à Pékin. Vladimir Poutine a salué la rencontre, "
                                + "que l'OTAN observe avec attention.")
                        .published("2024-03-12").outlet("Xinhua")
                        .entity("vladimir-putin", "PER", "Vladimir Putin", "Vladimir Poutine", "Poutine", "Владимир Путин")
                        .role("president of RU")
                        .entity("xi-jinping", "PER", "Xi Jinping", "习近平")
                        .entity("beijing", "LOC", "Beijing", "Pékin", "Pekin")
                        .quote("vladimir-putin", "Vladimir Putin", "Nos relations sont au plus haut niveau de leur histoire")
                        .event("CONSULT", "2024-03-11", "beijing", "Beijing", "vladimir-putin", "Vladimir Putin",
                                "xi-jinping", "Xi Jinping")
                        .json(),
                article("corpus/a2.txt", "Le président russe en visite",
                        "Putin a rencontré son homologue chinois, selon la presse, et un accord commercial a été signé.")
                        .published("2024-03-13").outlet("Le Monde").author("Claire Invent")
                        .entity("vladimir-putin", "PER", "Vladimir Putin", "Putin")
                        .entity("xi-jinping", "PER", "Xi Jinping", "Xi")
                        .event("CONSULT", "2024-03-11", "beijing", "Beijing", "vladimir-putin", "Vladimir Putin",
                                "xi-jinping", "Xi Jinping")
                        .json(),
                article("corpus/a3.txt", "L'Alliance atlantique se réunit",
                        "Les alliés de OTAN ont discuté de la défense commune. Le ministre a rappelé les engagements pris.")
                        .published("2024-04-02").outlet("Le Monde")
                        .entity("nato", "ORG", "NATO", "OTAN", "l'OTAN")
                        .quote(null, "un diplomate européen", "Nous restons unis face aux menaces")
                        .event("REJECT", "2024-04-01", null, null, "nato", "NATO", "RU", "Russia")
                        .json(),
                article("corpus/a4.txt", "Trade talks continue",
                        "Ministers met again to discuss tariffs; Putin was not present.")
                        .lang("en").published("2024-05-20")
                        .entity("vladimir-putin", "PER", "Vladimir Putin", "Putin")
                        .json(),
                article("corpus/a5.txt", "Une note sans date",
                        "Un texte bref sur la coopération régionale, = formule de tableur.")
                        .json());
    }
}
