package org.reliefdesk.casefile;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Optional;

/**
 * Words a feature module's audit entries in the reader's language on the case
 * timeline, from the facts stored with each entry (its details JSON).
 */
public interface TimelineTexts {

    /**
     * @param action the entry's action code
     * @param facts the entry's stored facts
     * @param reader the component whose {@code getTranslation} gives the reader's language
     * @return the sentence, or empty when the action is not this module's
     */
    Optional<String> describe(String action, Map<String, String> facts, Component reader);
}
