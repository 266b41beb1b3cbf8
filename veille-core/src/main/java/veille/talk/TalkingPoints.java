package veille.talk;

import java.util.ArrayList;
import java.util.List;
import veille.kb.TalkingPointCatalogue;

/**
 * The entry point of discovery for any adapter (the CLI over files, the store over its index): articles in,
 * clusters out, over a period and a minimum of outlets, each cluster named with the catalogued talking points its
 * members carry.
 */
public final class TalkingPoints {
    private TalkingPoints() {
    }

    /**
     * Discovers the clusters of the articles published in {@code [from, to]} (ISO dates, either null for open).
     *
     * @param articles the articles, in any order (ties of first seen fall to the earlier one here)
     * @param settings discovery settings
     * @param catalogue known talking points to name the clusters with
     */
    public static List<Cluster> discover(Iterable<Article> articles, DiscoverySettings settings, TalkingPointCatalogue catalogue,
                                         String from, String to) {
        TalkingPointIndex index = new TalkingPointIndex(settings);
        for (Article a : articles) {
            if (within(a, from, to)) {
                index.add(a);
            }
        }
        return named(index.clusters(), catalogue);
    }

    /** Whether the article's date lies in {@code [from, to]}; undated articles only when no bound is set. */
    public static boolean within(Article a, String from, String to) {
        if (from == null && to == null) {
            return true;
        }
        String d = a.published();
        if (d == null || d.startsWith("--")) {
            return false;
        }
        return (from == null || d.compareTo(from) >= 0) && (to == null || d.substring(0, Math.min(d.length(), 10))
                .compareTo(to) <= 0);
    }

    /** The clusters with the ids of the catalogued talking points found in their members. */
    public static List<Cluster> named(List<Cluster> clusters, TalkingPointCatalogue catalogue) {
        List<Cluster> out = new ArrayList<>(clusters.size());
        for (Cluster c : clusters) {
            List<String> ids = new ArrayList<>();
            for (Cluster.Member m : c.members()) {
                for (TalkingPointCatalogue.Match match : catalogue.find(m.text())) {
                    if (!ids.contains(match.id())) {
                        ids.add(match.id());
                    }
                }
            }
            out.add(new Cluster(c.id(), c.kind(), c.text(), c.members(), c.first(), c.outlets(), c.spread(), ids));
        }
        return out;
    }
}
