package org.reliefdesk.casefile;

import com.vaadin.flow.component.Component;

/**
 * A section that a feature module adds to the client's own case page, below the
 * stage. Whatever it shows must be meant for the client: never internal notes.
 */
public interface ClientCaseSection {

    /** Position among the sections, ascending. */
    int order();

    /** Builds the section for a case the current client owns. */
    Component create(ClientCaseStatus status);
}
