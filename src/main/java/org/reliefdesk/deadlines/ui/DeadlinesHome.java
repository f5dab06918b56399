package org.reliefdesk.deadlines.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import org.reliefdesk.deadlines.Bucket;
import org.reliefdesk.deadlines.DeadlineService;
import org.reliefdesk.platform.Notices;

/**
 * The deadlines part of a staff home page: a counsellor's today, overdue and next-7-days lists;
 * for an administrator every counsellor's overdue items and the "rebuild now" button. Both may
 * give an address for e-mail reminders when those are switched on.
 */
class DeadlinesHome extends VerticalLayout {

    DeadlinesHome(DeadlineService deadlines, boolean administrator) {
        setId("deadlines-home");
        setPadding(false);
        if (administrator) {
            Button refresh = new Button(getTranslation("deadlines.refresh"), VaadinIcon.REFRESH.create());
            refresh.setId("deadlines-refresh");
            DeadlineList overdue = new DeadlineList(deadlines, Bucket.OVERDUE, true);
            refresh.addClickListener(click -> {
                int cases = deadlines.refreshAll();
                overdue.getDataProvider().refreshAll();
                Notices.saved(getTranslation("deadlines.refreshed", cases));
            });
            HorizontalLayout header = new HorizontalLayout(new H3(getTranslation("deadlines.list.OVERDUE.all")),
                    refresh);
            header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(header, overdue);
        } else {
            for (Bucket bucket : new Bucket[] {Bucket.OVERDUE, Bucket.TODAY, Bucket.NEXT_7_DAYS}) {
                add(new H3(getTranslation("deadlines.list." + bucket.name())), new DeadlineList(deadlines, bucket,
                        false));
            }
        }
        if (deadlines.remindersEnabled()) {
            add(reminderAddress(deadlines));
        }
    }

    private HorizontalLayout reminderAddress(DeadlineService deadlines) {
        EmailField email = new EmailField(getTranslation("deadlines.reminders.address"));
        email.setId("deadlines-reminder-address");
        email.setHelperText(getTranslation("deadlines.reminders.help"));
        email.setWidth("20rem");
        email.setValue(deadlines.myReminderAddress().orElse(""));
        Button save = new Button(getTranslation("deadlines.reminders.save"), click -> {
            deadlines.setMyReminderAddress(email.getValue());
            Notices.saved(getTranslation(email.getValue().isBlank() ? "deadlines.reminders.removed"
                    : "deadlines.reminders.saved"));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("deadlines-reminder-save");
        HorizontalLayout row = new HorizontalLayout(email, save);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
