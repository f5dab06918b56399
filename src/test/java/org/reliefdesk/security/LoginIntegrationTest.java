package org.reliefdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.IntegrationTest;
import org.reliefdesk.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The login form as Spring Security receives it, through the real filter chain. */
@IntegrationTest
class LoginIntegrationTest {

    private static final String PASSWORD = "Lanzhou-Noodles-42";

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountRepository repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    private MockMvc mvc;
    private final String username = "login" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        accounts.createWithPassword(username, "测试", Role.COUNSELLOR, PASSWORD, false, "test");
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_correct_login_succeeds_rotates_the_session_id_and_is_audited() throws Exception {
        MockHttpSession anonymous = new MockHttpSession();
        String idBefore = anonymous.getId();

        MvcResult result = login(username, PASSWORD, anonymous, "10.1.1.1");

        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("/login");
        HttpSession session = result.getRequest().getSession(false);
        assertThat(session).isNotNull();
        assertThat(session.getId()).isNotEqualTo(idBefore);
        assertThat(repository.findByUsername(username).orElseThrow().summary().lastLoginAt()).isNotNull();
        assertThat(audited(SecurityEvent.LOGIN_SUCCEEDED, username, "10.1.1.1")).isEqualTo(1);
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_answer() throws Exception {
        MvcResult wrongPassword = login(username, "not-the-password", new MockHttpSession(), "10.1.1.2");
        MvcResult unknownUser = login("nobody-" + username, PASSWORD, new MockHttpSession(), "10.1.1.2");

        assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(unknownUser.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(audited(SecurityEvent.LOGIN_FAILED, null, "10.1.1.2")).isEqualTo(2);
    }

    @Test
    void repeated_failures_block_even_the_right_password_for_a_while() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(login(username, "wrong-" + i, new MockHttpSession(), "10.1.1.3").getResponse()
                    .getRedirectedUrl()).isEqualTo("/login?error");
        }

        MvcResult blocked = login(username, PASSWORD, new MockHttpSession(), "10.1.1.3");

        assertThat(blocked.getResponse().getRedirectedUrl()).isEqualTo("/login?throttled");
        assertThat(audited(SecurityEvent.LOGIN_THROTTLED, null, "10.1.1.3")).isEqualTo(1);
        // The same account from another address is not locked out by this stranger.
        assertThat(login(username, PASSWORD, new MockHttpSession(), "10.1.1.4").getResponse().getRedirectedUrl())
                .doesNotContain("/login");
    }

    @Test
    void disabling_an_account_ends_its_open_session_at_the_next_request() throws Exception {
        MockHttpSession session = loggedInSession();
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getRedirectedUrl())
                .as("signed in before").isNull();

        SignedIn.as("the-admin", Role.ADMIN);
        AccountSummary account = repository.findByUsername(username).orElseThrow().summary();
        accounts.disable(account.id(), account.version());

        MvcResult after = mvc.perform(get("/").session(session)).andReturn();
        assertThat(after.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(session.isInvalid()).isTrue();
        assertThat(login(username, PASSWORD, new MockHttpSession(), "10.1.1.6").getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
    }

    @Test
    void resetting_the_password_also_ends_the_open_session() throws Exception {
        MockHttpSession session = loggedInSession();
        SignedIn.as("the-admin", Role.ADMIN);
        AccountSummary account = repository.findByUsername(username).orElseThrow().summary();
        accounts.resetPassword(account.id(), account.version());

        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
    }

    @Test
    void idle_sessions_end_after_thirty_minutes_even_with_a_vaadin_page_open() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        // Without this, Vaadin's heartbeat would keep an abandoned tab's session alive forever.
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }

    private MockHttpSession loggedInSession() throws Exception {
        MvcResult result = login(username, PASSWORD, new MockHttpSession(), "10.1.1.5");
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("/login");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private MvcResult login(String name, String password, MockHttpSession session, String address) throws Exception {
        return mvc.perform(post("/login").param("username", name).param("password", password).session(session)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn();
    }

    private long audited(String action, String target, String address) {
        return target == null
                ? jdbc.queryForObject("select count(*) from audit_event where action = ? and remote_address = ?",
                        Long.class, action, address)
                : jdbc.queryForObject(
                        "select count(*) from audit_event where action = ? and target_id = ? and remote_address = ?",
                        Long.class, action, target, address);
    }
}
