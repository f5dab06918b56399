package org.reliefdesk.collection;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Sets of enum constants stored as one comma-separated column, in declaration order. */
final class EnumSets {

    private EnumSets() {
    }

    static <E extends Enum<E>> String join(Collection<E> values) {
        return values == null ? "" : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> split(String text, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(name -> set.add(Enum.valueOf(type, name)));
        }
        return set;
    }
}
