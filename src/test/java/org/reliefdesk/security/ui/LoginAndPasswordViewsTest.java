package org.reliefdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.reliefdesk.BrowserlessUiTest;
import org.reliefdesk.platform.DemoMode;
import org.reliefdesk.shell.HomeView;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

class LoginAndPasswordViewsTest extends BrowserlessUiTest {

    @Test
    @WithAnonymousUser
    void the_login_page_shows_the_demo_accounts_in_demo_mode() {
        navigate(LoginView.class);
        Div hint = $(Div.class).id("demo-hint");
        assertThat(hint.getElement().getTextRecursively()).contains("counsellor2", DemoMode.DEMO_PASSWORD);
        assertThat($(LoginForm.class).single().getAction()).isEqualTo("login");
    }

    @Test
    @WithAnonymousUser
    void a_failed_login_shows_the_form_in_its_error_state() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(LoginForm.class).single().isError()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        navigate("", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithUserDetails("client2")
    void password_rules_are_explained_next_to_the_field_and_nothing_changes() {
        navigate(ChangePasswordView.class);
        test($(PasswordField.class).id("current-password")).setValue(DemoMode.DEMO_PASSWORD);
        PasswordField chosen = $(PasswordField.class).id("new-password");
        test(chosen).setValue("qwertyuiop");
        test($(PasswordField.class).id("confirm-password")).setValue("qwertyuiop");
        test($(Button.class).id("save-password")).click();

        assertThat(chosen.isInvalid()).isTrue();
        assertThat(chosen.getErrorMessage()).contains("常见密码");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }

    @Test
    @WithUserDetails("client2")
    void a_wrong_current_password_is_flagged_on_that_field() {
        navigate(ChangePasswordView.class);
        PasswordField current = $(PasswordField.class).id("current-password");
        test(current).setValue("not-my-password");
        test($(PasswordField.class).id("new-password")).setValue("Guilin-Rivers-2026");
        test($(PasswordField.class).id("confirm-password")).setValue("Guilin-Rivers-2026");
        test($(Button.class).id("save-password")).click();

        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("当前密码不正确。");
    }

    @Test
    @WithUserDetails("admin")
    void the_home_page_greets_the_user_by_name() {
        navigate(HomeView.class);
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }
}
