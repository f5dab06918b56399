package org.reliefdesk.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.reliefdesk.security.AccountService;
import org.reliefdesk.security.AccountSummary;
import org.reliefdesk.security.IssuedPassword;
import org.reliefdesk.security.Role;
import org.reliefdesk.shared.UserFacingException;

/** Administrators manage staff accounts: create, disable, re-enable, reset password, change role. */
@Route("admin/staff")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.staff", order = 90, icon = "vaadin:users")
public class StaffAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter LAST_LOGIN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final transient AccountService accounts;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final TextField search = new TextField();

    public StaffAdminView(AccountService accounts) {
        this.accounts = accounts;
        setSizeFull();

        search.setPlaceholder(getTranslation("staff.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        search.setId("staff-search");

        Button create = new Button(getTranslation("staff.create"), VaadinIcon.PLUS.create(),
                click -> new CreateStaffDialog(accounts, this::created).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-staff");

        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);

        configureGrid();
        add(new H2(getTranslation("staff.title")), toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("staff-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("staff.username"))
                .setSortProperty("username").setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("staff.displayName"))
                .setSortProperty("displayName").setAutoWidth(true);
        grid.addColumn(account -> getTranslation("role." + account.role().name()))
                .setHeader(getTranslation("staff.role")).setSortProperty("role").setAutoWidth(true);
        grid.addColumn(this::status).setHeader(getTranslation("staff.status")).setAutoWidth(true);
        grid.addColumn(account -> account.lastLoginAt() == null ? "—" : LAST_LOGIN.format(account.lastLoginAt()))
                .setHeader(getTranslation("staff.lastLogin")).setSortProperty("lastLoginAt").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("staff.actions")).setAutoWidth(true);
        grid.setItemsPageable(pageable -> accounts.findStaff(search.getValue(), pageable).getContent());
    }

    private String status(AccountSummary account) {
        if (!account.enabled()) {
            return getTranslation("staff.status.disabled");
        }
        return getTranslation(account.mustChangePassword() ? "staff.status.mustChange" : "staff.status.active");
    }

    private Component actions(AccountSummary account) {
        Button toggle = account.enabled()
                ? small("staff.disable", () -> accounts.disable(account.id(), account.version()))
                : small("staff.enable", () -> accounts.enable(account.id(), account.version()));
        Button reset = new Button(getTranslation("staff.resetPassword"), click -> {
            IssuedPassword issued = perform(() -> accounts.resetPassword(account.id(), account.version()));
            if (issued != null) {
                new IssuedPasswordDialog(issued).open();
            }
        });
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reset.addClassName("reset-password");

        Select<Role> role = new Select<>();
        role.setItems(Role.ADMIN, Role.COUNSELLOR);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(account.role());
        role.setAriaLabel(getTranslation("staff.role"));
        role.addClassName("change-role");
        role.addValueChangeListener(change -> {
            if (change.isFromClient() && perform(() -> accounts.changeRole(account.id(), account.version(),
                    change.getValue())) == null) {
                grid.getDataProvider().refreshItem(account);
            }
        });
        HorizontalLayout actions = new HorizontalLayout(toggle, reset, role);
        actions.setSpacing(false);
        actions.addClassName("rd-row-actions");
        return actions;
    }

    private Button small(String key, Supplier<AccountSummary> action) {
        Button button = new Button(getTranslation(key), click -> perform(action));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName(key.substring(key.indexOf('.') + 1));
        return button;
    }

    /** Runs an action; refusals are shown in the user's language and the list reloads either way. */
    private <T> T perform(Supplier<T> action) {
        try {
            T result = action.get();
            Notification.show(getTranslation("staff.saved"), 2500, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return result;
        } catch (UserFacingException e) {
            Notification notification = Notification.show(getTranslation(e.messageKey(), e.arguments()), 6000,
                    Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return null;
        } finally {
            grid.getDataProvider().refreshAll();
        }
    }

    private void created(IssuedPassword issued) {
        grid.getDataProvider().refreshAll();
        new IssuedPasswordDialog(issued).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title") + " | " + getTranslation("app.name");
    }
}
