package veille.extract.html;

import java.util.Optional;
import java.util.Set;
import veille.kb.MatchKey;
import veille.kb.Outlet;

/**
 * The names a page gives its own site (site-name tags, publisher, host, logo, copyright, the outlet list's aliases),
 * as compact keys: a title's part or a byline that is one of them is the site, never the headline or a person.
 *
 * @param keys compact keys ({@link OutletNames#compact}), none empty
 * @param outlets the outlet list, for names written another way than the page's
 */
record SiteNames(Set<String> keys, OutletNames outlets) {
    SiteNames {
        keys = Set.copyOf(keys);
    }

    /** Whether {@code s} names the site, as written or as one of its outlet's names. */
    boolean isSiteName(String s) {
        String key = MatchKey.of(s); // once: the compact key and the outlet lookup both start from it
        String k = key.replace(" ", "");
        if (k.isEmpty()) {
            return false;
        }
        if (keys.contains(k)) {
            return true;
        }
        Optional<Outlet> o = outlets.findByKey(key);
        return o.isPresent() && keys.contains(OutletNames.compact(o.get().name()));
    }
}
