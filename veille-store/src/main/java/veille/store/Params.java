package veille.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of a query (the REST API's query string, or the options of {@code bin/veille search}), read with
 * checks: a value that cannot be understood is a {@link BadRequest}.
 */
public final class Params {
    /** The longest parameter value accepted (a query string past it is a mistake or an attack). */
    public static final int MAX_VALUE = 4000;

    private final Map<String, List<String>> values;

    public Params(Map<String, List<String>> values) {
        this.values = values;
        for (var e : values.entrySet()) {
            for (String v : e.getValue()) {
                if (v != null && v.length() > MAX_VALUE) {
                    throw new BadRequest("bad_parameter", e.getKey() + " is longer than " + MAX_VALUE + " characters");
                }
            }
        }
    }

    /** Parameters from single values (null values left out). */
    public static Params of(Map<String, String> single) {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        single.forEach((k, v) -> {
            if (v != null) {
                m.put(k, List.of(v));
            }
        });
        return new Params(m);
    }

    /** A copy of the values without these names. */
    Map<String, List<String>> copyWithout(String... names) {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>(values);
        for (String n : names) {
            m.remove(n);
        }
        return m;
    }

    /** The first non-blank value, or null. */
    public String get(String name) {
        for (String v : all(name)) {
            return v;
        }
        return null;
    }

    /** Every non-blank value; a value with commas is not split (ids may hold them: ask several times instead). */
    public List<String> all(String name) {
        List<String> out = new ArrayList<>();
        for (String v : values.getOrDefault(name, List.of())) {
            if (v != null && !v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }

    public int integer(String name, int dflt, int min, int max) {
        String v = get(name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new BadRequest("bad_parameter", name + " must be between " + min + " and " + max + ", got " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest("bad_parameter", name + " must be a whole number, got '" + v + "'");
        }
    }

    /** true, false or null (absent). */
    public Boolean bool(String name) {
        String v = get(name);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new BadRequest("bad_parameter", name + " must be true or false, got '" + v + "'");
        };
    }

    /** One of {@code allowed}, or {@code dflt}. */
    public String choice(String name, String dflt, String... allowed) {
        String v = get(name);
        if (v == null) {
            return dflt;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(v)) {
                return a;
            }
        }
        throw new BadRequest("bad_parameter", name + " must be one of " + String.join(", ", allowed) + ", got '" + v + "'");
    }

    /**
     * A date as an epoch day: {@code YYYY-MM-DD}, or {@code YYYY-MM} / {@code YYYY} meaning their first day
     * ({@code end} false) or last day ({@code end} true); null when absent.
     */
    public Long day(String name, boolean end) {
        String v = get(name);
        if (v == null) {
            return null;
        }
        try {
            if (v.matches("\\d{4}")) {
                int y = Integer.parseInt(v);
                return (end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1)).toEpochDay();
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(v);
                return (end ? ym.atEndOfMonth() : ym.atDay(1)).toEpochDay();
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v).toEpochDay();
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new BadRequest("bad_parameter", name + " must be a date YYYY-MM-DD, YYYY-MM or YYYY, got '" + v + "'");
    }
}
