package org.badgeportal.embed;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** The sort methods of the UserBadges read API: name, count or date, ascending or (with a minus) descending. */
public enum EmbedSort {
    NAME("name"), NAME_DESC("-name"), COUNT("count"), COUNT_DESC("-count"), DATE("date"), DATE_DESC("-date");

    private final String parameter;

    EmbedSort(String parameter) {
        this.parameter = parameter;
    }

    /** The sort for a request parameter (name when absent); an unknown method is a bad request. */
    public static EmbedSort parse(String parameter) {
        if (parameter == null || parameter.isEmpty()) {
            return NAME;
        }
        return Arrays.stream(values()).filter(sort -> sort.parameter.equals(parameter)).findFirst()
                .orElseThrow(() -> new InvalidSortException(parameter));
    }

    /** Orders anything with a name, a count and a latest date; ties are broken by name. */
    <T> Comparator<T> comparator(Function<T, String> name, ToLongFunction<T> count, Function<T, Instant> latest) {
        Comparator<T> byName = Comparator.comparing(name);
        Comparator<T> primary = switch (this) {
            case NAME, NAME_DESC -> byName;
            case COUNT, COUNT_DESC -> Comparator.comparingLong(count);
            case DATE, DATE_DESC -> Comparator.comparing(latest, Comparator.nullsFirst(Comparator.naturalOrder()));
        };
        boolean descending = parameter.startsWith("-");
        return (descending ? primary.reversed() : primary).thenComparing(byName);
    }

    public static final class InvalidSortException extends RuntimeException {
        InvalidSortException(String parameter) {
            super("Invalid sort method: " + parameter);
        }
    }
}
