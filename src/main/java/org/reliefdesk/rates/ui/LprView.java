package org.reliefdesk.rates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.rates.LprDraft;
import org.reliefdesk.rates.LprFixing;
import org.reliefdesk.rates.RateReferenceService;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.UserFacingException;

/**
 * The LPR history for administrators: every publication that changed a rate, newest first, and a
 * form for the next one (after the last; the rows before never change). A few dozen rows: no paging.
 */
@Route("admin/lpr")
@RolesAllowed(Role.ADMIN_NAME)
public class LprView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final transient RateReferenceService reference;
    private final Grid<LprFixing> grid = new Grid<>();

    public LprView(RateReferenceService reference) {
        this.reference = reference;
        setSizeFull();
        DatePicker from = new DatePicker(getTranslation("admin.lpr.from"));
        from.setId("lpr-from");
        BigDecimalField oneYear = new BigDecimalField(getTranslation("admin.lpr.oneYear"));
        oneYear.setId("lpr-one-year");
        BigDecimalField fiveYear = new BigDecimalField(getTranslation("admin.lpr.fiveYear"));
        fiveYear.setId("lpr-five-year");
        TextField source = new TextField(getTranslation("admin.source"));
        source.setMaxLength(300);
        source.setId("lpr-source");
        Paragraph problem = new Paragraph();
        problem.addClassName("rd-warning");
        problem.setId("lpr-problem");
        Button add = new Button(getTranslation("admin.lpr.add"), VaadinIcon.PLUS.create(), click -> {
            problem.setText("");
            try {
                LprFixing saved = reference.addLpr(new LprDraft(from.getValue(), oneYear.getValue(),
                        fiveYear.getValue(), source.getValue()));
                Notices.saved(getTranslation("admin.lpr.saved", saved.effectiveFrom().toString()));
            } catch (UserFacingException refusal) {
                problem.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
                return;
            }
            from.clear();
            oneYear.clear();
            fiveYear.clear();
            source.clear();
            grid.setItems(reference.lprHistory());
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("lpr-add");
        FormLayout form = new FormLayout(from, oneYear, fiveYear, source);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 4));

        grid.setId("lpr-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(f -> f.effectiveFrom().toString()).setHeader(getTranslation("admin.lpr.from"))
                .setAutoWidth(true);
        grid.addColumn(f -> f.oneYear().stripTrailingZeros().toPlainString() + "%")
                .setHeader(getTranslation("admin.lpr.oneYear")).setAutoWidth(true);
        grid.addColumn(f -> f.fiveYear().stripTrailingZeros().toPlainString() + "%")
                .setHeader(getTranslation("admin.lpr.fiveYear")).setAutoWidth(true);
        grid.addColumn(LprFixing::source).setHeader(getTranslation("admin.source")).setFlexGrow(1);
        grid.addColumn(f -> f.createdBy() + " · " + WHEN.format(f.createdAt())).setHeader(getTranslation("admin.by"))
                .setAutoWidth(true);
        grid.setItems(reference.lprHistory());
        add(new H2(getTranslation("admin.lpr.title")), new Paragraph(getTranslation("admin.lpr.intro")),
                new H3(getTranslation("admin.lpr.new")), form, add, problem, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.lpr.title") + " | " + getTranslation("app.name");
    }
}
