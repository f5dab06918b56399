package org.reliefdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reliefdesk.BrowserlessUiTest;
import org.reliefdesk.security.AccountService;
import org.reliefdesk.security.AccountSummary;
import org.reliefdesk.security.Role;
import org.reliefdesk.shell.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

class StaffAdminViewTest extends BrowserlessUiTest {

    @Autowired
    AccountService accounts;

    @Test
    @WithUserDetails("admin")
    void an_administrator_sees_the_staff_accounts_but_not_clients() {
        navigate(StaffAdminView.class);

        List<String> usernames = usernamesInGrid();
        assertThat(usernames).contains("admin", "counsellor", "counsellor2").doesNotContain("client", "client2");
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_creates_a_counsellor_and_is_shown_the_one_time_password_once() {
        String username = "ui" + UUID.randomUUID().toString().substring(0, 6);
        navigate(StaffAdminView.class);

        test($(Button.class).id("create-staff")).click();
        test($(TextField.class).id("new-username")).setValue(username);
        test($(TextField.class).id("new-display-name")).setValue("陈晓");
        test($(Button.class).id("create-staff-save")).click();

        String oneTimePassword = $(TextField.class).id("issued-password").getValue();
        assertThat(oneTimePassword).matches("[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}");
        AccountSummary created = accounts.findStaff(username, PageRequest.of(0, 5)).getContent().getFirst();
        assertThat(created.role()).isEqualTo(Role.COUNSELLOR);
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(usernamesInGrid()).contains(username);
    }

    @Test
    @WithUserDetails("admin")
    void an_invalid_username_is_explained_next_to_the_field_and_nothing_is_created() {
        navigate(StaffAdminView.class);

        test($(Button.class).id("create-staff")).click();
        TextField username = $(TextField.class).id("new-username");
        test(username).setValue("Wang Jing");
        test($(TextField.class).id("new-display-name")).setValue("王静");
        test($(Button.class).id("create-staff-save")).click();

        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).contains("用户名需为 3–32 个字符");
        assertThat(accounts.findStaff("wang jing", PageRequest.of(0, 5)).getContent()).isEmpty();
        assertThat($(TextField.class).withId("issued-password").all()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void the_role_of_a_staff_member_can_be_changed_from_the_grid() {
        String username = "role" + UUID.randomUUID().toString().substring(0, 6);
        navigate(StaffAdminView.class);
        test($(Button.class).id("create-staff")).click();
        test($(TextField.class).id("new-username")).setValue(username);
        test($(TextField.class).id("new-display-name")).setValue("林");
        test($(Button.class).id("create-staff-save")).click();
        test($(Button.class).id("issued-password-done")).click();

        TextField search = $(TextField.class).id("staff-search");
        test(search).setValue(username);
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Select<Role> role = (Select<Role>) test(grid).getCellComponent(0, 5).getChildren()
                .filter(Select.class::isInstance).findFirst().orElseThrow();
        test(role).selectItem(role.getItemLabelGenerator().apply(Role.ADMIN));

        assertThat(accounts.findStaff(username, PageRequest.of(0, 5)).getContent().getFirst().role())
                .isEqualTo(Role.ADMIN);
    }

    @Test
    @WithUserDetails("counsellor")
    void a_counsellor_cannot_open_staff_administration() {
        assertRefused();
    }

    @Test
    @WithUserDetails("client")
    void a_client_cannot_open_staff_administration() {
        assertRefused();
    }

    private void assertRefused() {
        navigate("admin/staff", NotFoundView.class);
        assertThat($(Grid.class).all()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> usernamesInGrid() {
        Grid<AccountSummary> grid = $(Grid.class).single();
        var tester = test(grid);
        List<String> usernames = new ArrayList<>();
        for (int row = 0; row < tester.size(); row++) {
            usernames.add(tester.getRow(row).username());
        }
        return usernames;
    }
}
