package veille.extract.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import veille.kb.MatchKey;
import veille.kb.Outlet;
import veille.kb.Outlets;

/**
 * The outlet list looked up the way pages write outlet names: as site names ("Le Monde.fr", "FRANCE 24"), which
 * may run words together, and as domains ({@code www.lemonde.fr}, {@code french.news.cn}).
 *
 * <p>Names are compared by their {@link MatchKey} with the spaces removed, so "LeMonde", "Le Monde" and
 * "lemonde.fr" meet "Le Monde | LeMonde | lemonde.fr" in the table. Immutable and thread-safe.
 */
final class OutletNames {
    /** Second-level labels that sit under a country code in public suffixes ({@code com.cn}, {@code co.uk}). */
    private static final Set<String> GENERIC_SLD = Set.of("com", "co", "org", "net", "gov", "ac", "gouv", "info");

    private final Outlets outlets;
    private final Map<String, Outlet> byCompactKey;

    OutletNames(Outlets outlets) {
        this.outlets = outlets;
        Map<String, Outlet> keys = new HashMap<>();
        for (Outlet o : outlets.all()) {
            List<String> names = new ArrayList<>(o.aliases());
            names.add(0, o.id());
            names.add(0, o.name());
            for (String n : names) {
                String k = compact(n);
                if (!k.isEmpty()) {
                    keys.putIfAbsent(k, o);
                }
            }
        }
        this.byCompactKey = Map.copyOf(keys);
    }

    /** The key names are compared by: match key without spaces ("Le Monde.fr" → "lemondefr"). */
    static String compact(String name) {
        return MatchKey.of(name).replace(" ", "");
    }

    /** The outlet a whole name designates, if known. */
    Optional<Outlet> find(String name) {
        return findByKey(MatchKey.of(name)); // one key for both lookups
    }

    /** {@link #find} for a name's {@link MatchKey}, when the caller has it already. */
    Optional<Outlet> findByKey(String matchKey) {
        Optional<Outlet> o = outlets.findByKey(matchKey);
        return o.isPresent() ? o : Optional.ofNullable(byCompactKey.get(matchKey.replace(" ", "")));
    }

    /** Outlets named anywhere in a short text, left to right ("Le Monde avec AFP" → Le Monde, AFP). */
    List<Outlet> findIn(String text) {
        return outlets.findIn(text);
    }

    /**
     * The outlet a domain belongs to: the whole host without {@code www.}, then its registrable label
     * ({@code lemonde} in {@code www.lemonde.fr}, {@code xinhuanet} in {@code french.xinhuanet.com}).
     */
    Optional<Outlet> findByHost(String host) {
        for (String k : hostKeys(host)) {
            Outlet o = byCompactKey.get(k);
            if (o != null) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** The compact keys a host is known by, most specific first; empty for no host. */
    static List<String> hostKeys(String host) {
        if (host == null || host.isBlank()) {
            return List.of();
        }
        String h = host.toLowerCase(Locale.ROOT).strip();
        for (String prefix : List.of("www.", "m.", "amp.", "mobile.")) {
            if (h.startsWith(prefix)) {
                h = h.substring(prefix.length());
            }
        }
        List<String> out = new ArrayList<>();
        out.add(compact(h));
        String[] labels = h.split("\\.");
        if (labels.length >= 2) {
            int sld = labels.length - 2;
            if (sld > 0 && GENERIC_SLD.contains(labels[sld])) {
                sld--;
            }
            out.add(compact(labels[sld]));
        }
        return out;
    }

    /** The host of a URL, or null when it has none or does not parse. */
    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            return h == null || h.isBlank() ? null : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
