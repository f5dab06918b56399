package org.reliefdesk.security;

import java.util.List;
import org.reliefdesk.platform.DemoMode;
import org.reliefdesk.platform.ReliefDeskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Makes sure someone can log in after the first start: the demo accounts in
 * demo mode, otherwise one {@code admin}. Several nodes may start at once, so
 * the work happens under a database lock.
 */
@Component
@Order(0)
class AccountBootstrap implements ApplicationRunner {

    static final String SYSTEM = "system";
    private static final long BOOTSTRAP_LOCK = 0x5244_424F_4F54L;
    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private record DemoAccount(String username, String displayName, Role role) {
    }

    private static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin", "系统管理员", Role.ADMIN),
            new DemoAccount("counsellor", "王静（咨询师）", Role.COUNSELLOR),
            new DemoAccount("counsellor2", "李明（咨询师）", Role.COUNSELLOR),
            new DemoAccount("client", "张伟", Role.CLIENT),
            new DemoAccount("client2", "刘芳", Role.CLIENT));

    private final AccountService accounts;
    private final DemoMode demoMode;
    private final ReliefDeskProperties properties;
    private final PasswordPolicy passwordPolicy;
    private final JdbcTemplate jdbc;

    AccountBootstrap(AccountService accounts, DemoMode demoMode, ReliefDeskProperties properties,
            PasswordPolicy passwordPolicy, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.demoMode = demoMode;
        this.properties = properties;
        this.passwordPolicy = passwordPolicy;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.queryForList("select pg_advisory_xact_lock(?)", BOOTSTRAP_LOCK);
        if (demoMode.isEnabled()) {
            seedDemoAccounts();
        } else if (accounts.count() == 0) {
            createFirstAdmin();
        }
    }

    private void seedDemoAccounts() {
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            if (!accounts.exists(demo.username())) {
                accounts.createWithPassword(demo.username(), demo.displayName(), demo.role(),
                        DemoMode.DEMO_PASSWORD, false, SYSTEM);
            }
        }
        log.info("Demo mode: accounts {} use the password shown on the login page",
                DEMO_ACCOUNTS.stream().map(DemoAccount::username).toList());
    }

    private void createFirstAdmin() {
        String configured = properties.adminPassword();
        if (StringUtils.hasText(configured)) {
            List<String> problems = passwordPolicy.violations("admin", configured);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(
                        "RELIEFDESK_ADMIN_PASSWORD does not meet the password policy: " + problems);
            }
            accounts.createWithPassword("admin", "Administrator", Role.ADMIN, configured, false, SYSTEM);
            log.info("Created the first administrator 'admin' with the password from RELIEFDESK_ADMIN_PASSWORD");
        } else {
            String generated = OneTimePasswords.generate();
            accounts.createWithPassword("admin", "Administrator", Role.ADMIN, generated, true, SYSTEM);
            // Printed once, on purpose: nobody else knows it, and it must be changed at first login.
            log.warn("""

                    ==================================================================
                     First start: created administrator 'admin'
                     One-time password: {}
                     It must be changed at first login. This is the only time it is shown.
                    ==================================================================""", generated);
        }
    }
}
