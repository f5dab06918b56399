package org.reliefdesk.rates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.stream.Collectors;
import org.reliefdesk.rates.LegalLineVersion;
import org.reliefdesk.rates.RateReferenceService;
import org.reliefdesk.security.Role;

/**
 * The legal lines for administrators: every period of every line (a line applies to contracts made
 * within its period). A change is a new version from a date; the one before ends the day before.
 */
@Route("admin/legal-lines")
@RolesAllowed(Role.ADMIN_NAME)
public class LegalLinesView extends VerticalLayout implements HasDynamicTitle {

    private final transient RateReferenceService reference;
    private final Grid<LegalLineVersion> grid = new Grid<>();

    public LegalLinesView(RateReferenceService reference) {
        this.reference = reference;
        setSizeFull();
        grid.setId("lines-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LegalLineVersion::code).setHeader(getTranslation("admin.lines.code")).setAutoWidth(true);
        grid.addColumn(this::rate).setHeader(getTranslation("admin.lines.rate")).setAutoWidth(true);
        grid.addColumn(v -> v.effectiveFrom().toString()).setHeader(getTranslation("admin.lines.from"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.effectiveTo() == null ? "—" : v.effectiveTo().toString())
                .setHeader(getTranslation("admin.lines.to")).setAutoWidth(true);
        grid.addColumn(v -> v.lenderTypes().stream().map(t -> getTranslation("lender." + t))
                .collect(Collectors.joining("、"))).setHeader(getTranslation("admin.lines.lenders")).setAutoWidth(true);
        grid.addColumn(v -> english() ? v.ruleEn() : v.ruleZh()).setHeader(getTranslation("admin.lines.rule"))
                .setFlexGrow(1);
        grid.addColumn(v -> v.createdBy() + " · " + LprView.WHEN.format(v.createdAt()))
                .setHeader(getTranslation("admin.by")).setAutoWidth(true);
        Button version = new Button(getTranslation("admin.lines.newVersion"), VaadinIcon.CALENDAR.create(),
                click -> grid.asSingleSelect().getOptionalValue().ifPresent(
                        line -> new LineVersionDialog(reference, line, this::reload).open()));
        version.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        version.setEnabled(false);
        version.setId("line-new-version");
        grid.addSelectionListener(selection -> version.setEnabled(selection.getFirstSelectedItem().isPresent()));
        add(new H2(getTranslation("admin.lines.title")), new Paragraph(getTranslation("admin.lines.intro")), version,
                grid);
        setFlexGrow(1, grid);
        reload();
    }

    private String rate(LegalLineVersion v) {
        String consequence = getTranslation("admin.lines.consequence." + v.consequence());
        if (v.lprMultiple() != null) {
            return getTranslation("admin.lines.multiple", v.lprMultiple().stripTrailingZeros().toPlainString())
                    + " · " + consequence;
        }
        return v.fixedPercent() == null ? consequence
                : v.fixedPercent().stripTrailingZeros().toPlainString() + "% · " + consequence;
    }

    private boolean english() {
        Locale locale = getLocale();
        return locale != null && "en".equals(locale.getLanguage());
    }

    private void reload() {
        grid.setItems(reference.lines());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.lines.title") + " | " + getTranslation("app.name");
    }
}
