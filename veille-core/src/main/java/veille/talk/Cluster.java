package veille.talk;

import java.util.List;
import java.util.Map;

/**
 * A passage or a phrasing that several articles carry.
 *
 * @param id stable within one run ({@code p1}, {@code p2} ... by spread)
 * @param kind {@code reuse} (a passage copied across articles) or {@code phrase} (a recurring formula)
 * @param text a representative text: the first article's passage, or the phrasing most members use
 * @param members one per article, earliest first
 * @param first the earliest member
 * @param outlets the distinct outlets, in order of first appearance
 * @param spread members per publication day, by day
 * @param catalogue ids of the catalogued talking points the members carry
 */
public record Cluster(String id, String kind, String text, List<Member> members, Member first, List<String> outlets,
                      Map<String, Integer> spread, List<String> catalogue) {
    public Cluster {
        members = List.copyOf(members);
        outlets = List.copyOf(outlets);
        spread = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(spread));
        catalogue = List.copyOf(catalogue);
    }

    /**
     * One article's occurrence.
     *
     * @param source the article's id
     * @param start first character of the occurrence in the article text
     * @param end one past the last
     * @param text the occurrence as it stands in the article
     * @param outlet the article's outlet, or null
     * @param published the article's date, or null
     * @param publishedAt the article's date and time, or null
     * @param speaker who said it, when the occurrence lies in a quote with a known speaker; else null
     * @param stateAffiliated whether the outlet is state-affiliated
     */
    public record Member(String source, int start, int end, String text, String outlet, String published,
                         String publishedAt, String speaker, boolean stateAffiliated) implements java.io.Serializable {
    }
}
