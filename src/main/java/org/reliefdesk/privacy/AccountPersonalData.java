package org.reliefdesk.privacy;

import java.util.List;
import org.reliefdesk.privacy.PersonalDataSection.Item;
import org.reliefdesk.security.AccountService;
import org.reliefdesk.security.AccountSummary;
import org.springframework.stereotype.Component;

/**
 * The login account (security's public API). It lives here because security sits below every
 * feature. Called only for the signed-in client's own case, so "me" is the case's client.
 * The password hash is never part of the data shown: it is not personal information the client
 * can read, only a check value.
 */
@Component
class AccountPersonalData implements PersonalDataSource {

    private final AccountService accounts;

    AccountPersonalData(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<PersonalDataSection> personalDataOf(long caseId) {
        AccountSummary me = accounts.me();
        return List.of(new PersonalDataSection("account", "privacy.section.account", List.of(
                new Item("privacy.account.username", me.username()),
                new Item("privacy.account.displayName", me.displayName()),
                new Item("privacy.account.lastLogin", PersonalDataSection.beijing(me.lastLoginAt())))));
    }
}
