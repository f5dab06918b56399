package org.reliefdesk.collection;

import java.time.LocalDate;
import java.util.List;

/**
 * A day on which a frequency or night rule was broken, counted over the incidents and the
 * imported call attempts of a case, e.g. 9 unanswered attempts from 138... on 2026-11-20 (max 6).
 *
 * @param day the Beijing date
 * @param collector the collector as recorded (normalised)
 * @param numbers the numbers the attempts came from
 * @param count how many there were
 * @param max the most allowed, or 0 for the night rule (none allowed)
 */
public record FrequencyFinding(LocalDate day, ConductRule rule, String collector, List<String> numbers, int count,
                               int max) {

    public FrequencyFinding {
        numbers = List.copyOf(numbers);
    }
}
