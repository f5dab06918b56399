package org.reliefdesk.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an unknown address and for one the user may not open: the two
 * look the same on purpose, so a URL reveals nothing about what exists.
 */
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        setId("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        showNotFound(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    static void showNotFound(VerticalLayout view) {
        view.removeAll();
        view.add(new H2(view.getTranslation("error.notFound.title")),
                new Paragraph(view.getTranslation("error.notFound")),
                new Anchor("", view.getTranslation("error.backHome")));
    }
}
