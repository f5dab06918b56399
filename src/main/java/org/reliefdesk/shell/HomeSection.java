package org.reliefdesk.shell;

import com.vaadin.flow.component.Component;

/**
 * A feature module's part of the home page (e.g. the deadline lists). The shell lists the
 * beans and never imports the features, so dependencies keep pointing one way.
 */
public interface HomeSection {

    /** Position on the page, smaller first. */
    int order();

    /** The section for the signed-in user, or {@code null} when it has nothing for them. */
    Component create();
}
