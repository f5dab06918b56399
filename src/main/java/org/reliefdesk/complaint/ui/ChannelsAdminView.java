package org.reliefdesk.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.reliefdesk.complaint.ComplaintChannel;
import org.reliefdesk.complaint.ComplaintService;
import org.reliefdesk.security.Role;

/**
 * Administrators keep the complaint channels: every version with its effective date and
 * deadline rule; a change is a new version (decision 011). A few dozen rows at most, so
 * the grid holds them all.
 */
@Route("admin/complaint-channels")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "complaint.nav.channels", order = 95, icon = "vaadin:megaphone")
public class ChannelsAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient ComplaintService complaints;
    private final Grid<ComplaintChannel> grid = new Grid<>();

    public ChannelsAdminView(ComplaintService complaints) {
        this.complaints = complaints;
        setSizeFull();
        grid.setId("complaint-channels-grid");
        grid.addColumn(c -> getTranslation("complaint.channel." + c.code())).setHeader(
                getTranslation("complaint.channel")).setAutoWidth(true);
        grid.addColumn(c -> c.effectiveFrom().toString()).setHeader(getTranslation("complaint.admin.effectiveFrom"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.name(locale())).setHeader(getTranslation("complaint.admin.name")).setAutoWidth(true);
        grid.addColumn(c -> !c.hasDeadline() ? getTranslation("complaint.dueOn.none")
                : getTranslation("complaint.admin.days", c.rule().answerDays(),
                        c.rule().extendableToDays() == null ? "—" : c.rule().extendableToDays(),
                        c.rule().maxDays() == null ? "—" : c.rule().maxDays()))
                .setHeader(getTranslation("complaint.dueOn")).setAutoWidth(true);
        grid.addColumn(ComplaintChannel::ruleSource).setHeader(getTranslation("complaint.admin.source"))
                .setFlexGrow(1);
        Button add = new Button(getTranslation("complaint.admin.add"), VaadinIcon.PLUS.create(),
                click -> new ChannelVersionDialog(complaints, grid.getSelectedItems().stream().findFirst()
                        .orElse(null), this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("complaint-channel-add");
        add(new H2(getTranslation("complaint.admin.title")), new Paragraph(getTranslation("complaint.admin.hint")),
                add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(complaints.channelHistory());
    }

    private Locale locale() {
        return getLocale();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.admin.title") + " | " + getTranslation("app.name");
    }
}
