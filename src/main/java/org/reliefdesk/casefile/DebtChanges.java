package org.reliefdesk.casefile;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Says which fields of a debt changed, before and after, for the audit trail. */
final class DebtChanges {

    private DebtChanges() {
    }

    static String describe(DebtDetails before, DebtDetails after) {
        List<String> changes = new ArrayList<>();
        for (RecordComponent component : DebtDetails.class.getRecordComponents()) {
            Object old = value(component, before);
            Object now = value(component, after);
            if (!Objects.equals(normalised(old), normalised(now))) {
                changes.add("%s: %s -> %s".formatted(component.getName(), old, now));
            }
        }
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }

    /** 0.5 and 0.50 are the same rate. */
    private static Object normalised(Object value) {
        return value instanceof java.math.BigDecimal decimal ? decimal.stripTrailingZeros() : value;
    }

    private static Object value(RecordComponent component, DebtDetails debt) {
        try {
            return component.getAccessor().invoke(debt);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }
}
