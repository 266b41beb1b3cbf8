package veille.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated PETRARCH persons table with the name key of every name already computed, so that the keys can be
 * computed on another thread while the curated tables are indexed.
 */
record PetrarchPersons(List<Row> rows) {

    /**
     * One person.
     *
     * @param id the knowledge-base id
     * @param names the name, then its aliases
     * @param words the {@link NameKey#words} of each name, in the same order
     */
    record Row(String id, List<String> names, List<List<String>> words) {
    }

    static PetrarchPersons read(RawTable table) {
        int cId = table.column("id");
        int cName = table.column("name");
        int cAliases = table.column("aliases");
        Map<String, String> folded = new HashMap<>();
        List<Row> rows = new ArrayList<>(table.rows().size());
        for (String[] r : table.rows()) {
            List<String> names = new ArrayList<>();
            names.add(r[cName]);
            names.addAll(Actors.split(r[cAliases]));
            List<List<String>> words = new ArrayList<>(names.size());
            for (String n : names) {
                words.add(NameKey.words(n, folded));
            }
            rows.add(new Row(r[cId], List.copyOf(names), List.copyOf(words)));
        }
        return new PetrarchPersons(List.copyOf(rows));
    }
}
