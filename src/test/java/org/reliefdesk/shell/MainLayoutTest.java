package org.reliefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.reliefdesk.BrowserlessUiTest;
import org.reliefdesk.casefile.ui.MyCaseView;
import org.reliefdesk.platform.LanguageSelect;
import org.reliefdesk.platform.Translations;
import org.reliefdesk.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class MainLayoutTest extends BrowserlessUiTest {

    @Autowired
    AccountService accounts;

    @Test
    @WithUserDetails("admin")
    void an_administrator_is_offered_staff_administration() {
        navigate(HomeView.class);
        assertThat(navigationPaths()).contains("", "admin/staff", "account/password");
        assertThat($(Span.class).id("current-user").getText()).isEqualTo("系统管理员");
    }

    @Test
    @WithUserDetails("counsellor")
    void a_counsellor_is_not_offered_staff_administration() {
        navigate(HomeView.class);
        assertThat(navigationPaths()).contains("", "account/password").doesNotContain("admin/staff");
    }

    @Test
    @WithUserDetails("client")
    void a_client_is_not_offered_staff_administration_and_lands_on_their_case() {
        navigate("", MyCaseView.class);
        assertThat(navigationPaths()).doesNotContain("admin/staff");
        assertThat($(Span.class).id("current-user").getText()).isEqualTo("张伟");
    }

    @Test
    @WithUserDetails("counsellor2")
    void the_page_is_in_chinese_by_default_and_the_language_choice_is_saved() {
        navigate(HomeView.class);
        assertThat(navigationLabels()).contains("首页");

        @SuppressWarnings("unchecked")
        LanguageSelect language = $(LanguageSelect.class).single();
        test(language).selectItem("English");

        assertThat(accounts.preferredLocale()).contains(Translations.ENGLISH);
        assertThat(UI.getCurrent().getSession().getLocale()).isEqualTo(Translations.ENGLISH);
        accounts.preferLocale(Translations.CHINESE);
    }

    private List<String> navigationPaths() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getPath).toList();
    }

    private List<String> navigationLabels() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
