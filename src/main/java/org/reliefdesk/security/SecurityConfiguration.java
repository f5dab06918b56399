package org.reliefdesk.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.util.Map;
import org.reliefdesk.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /** BCrypt at cost 12 (about a quarter second a check here), behind a delegating encoder. */
    static final int BCRYPT_COST = 12;

    /** The lowest cost the portal accepts: below it, a stolen hash is cheap to guess. */
    static final int MIN_BCRYPT_COST = 10;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionGuard sessionGuard,
            AccountUserDetailsService userDetails, PasswordEncoder passwordEncoder, LoginThrottle throttle,
            AccountService accounts) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/fonts/**").permitAll());
        // Our provider alone, with no parent manager: a parent would get a second go at a
        // throttled or failed login, counting failures twice or skipping the throttle.
        http.authenticationManager(new ProviderManager(
                loginProvider(userDetails, passwordEncoder, throttle, accounts, sessionGuard)));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout"));
        // Vaadin sets the login page and success handler; failures are ours, to tell throttling apart.
        http.formLogin(form -> form.loginPage("/login").failureHandler(loginFailureHandler()));
        http.addFilterBefore(sessionGuard, AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /**
     * The cost comes from {@code reliefdesk.security.bcrypt-cost} so that the test profile can hash its
     * thousands of demo passwords cheaply; outside tests anything below {@link #MIN_BCRYPT_COST} is refused.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${reliefdesk.security.bcrypt-cost:" + BCRYPT_COST + "}") int cost,
            @Value("${reliefdesk.security.allow-weak-hashing:false}") boolean allowWeak) {
        if (cost < MIN_BCRYPT_COST && !allowWeak) {
            throw new IllegalStateException("reliefdesk.security.bcrypt-cost " + cost + " is below "
                    + MIN_BCRYPT_COST + "; only tests may hash passwords more cheaply");
        }
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(cost)));
    }

    private static LoginAuthenticationProvider loginProvider(AccountUserDetailsService userDetails,
            PasswordEncoder passwordEncoder, LoginThrottle throttle, AccountService accounts,
            SessionGuard sessionGuard) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(passwordEncoder);
        return new LoginAuthenticationProvider(passwords, throttle, accounts, sessionGuard);
    }

    /** The guard belongs inside the security chain only, not as a second servlet filter. */
    @Bean
    FilterRegistrationBean<SessionGuard> sessionGuardRegistration(SessionGuard sessionGuard) {
        FilterRegistrationBean<SessionGuard> registration = new FilterRegistrationBean<>(sessionGuard);
        registration.setEnabled(false);
        return registration;
    }

    private static AuthenticationFailureHandler loginFailureHandler() {
        SimpleUrlAuthenticationFailureHandler wrongCredentials = new SimpleUrlAuthenticationFailureHandler(
                "/login?error");
        SimpleUrlAuthenticationFailureHandler throttled = new SimpleUrlAuthenticationFailureHandler(
                "/login?throttled");
        return (request, response, exception) -> {
            if (exception instanceof LoginAuthenticationProvider.LoginThrottledException) {
                throttled.onAuthenticationFailure(request, response, exception);
            } else {
                wrongCredentials.onAuthenticationFailure(request, response, exception);
            }
        };
    }
}
