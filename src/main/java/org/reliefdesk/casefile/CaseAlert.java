package org.reliefdesk.casefile;

import java.util.List;

/**
 * Something on a case that needs attention now, shown at the top of the case page.
 *
 * @param messageKey the i18n key of the sentence
 * @param params the sentence's parameters
 * @param urgent whether it is shown as an error rather than a warning
 */
public record CaseAlert(String messageKey, List<Object> params, boolean urgent) {

    public CaseAlert {
        params = List.copyOf(params);
    }
}
