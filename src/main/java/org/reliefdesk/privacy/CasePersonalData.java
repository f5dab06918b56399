package org.reliefdesk.privacy;

import java.util.ArrayList;
import java.util.List;
import org.reliefdesk.casefile.Budget;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.ConsentRecord;
import org.reliefdesk.casefile.DebtLine;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.privacy.PersonalDataSection.Item;
import org.springframework.stereotype.Component;

/**
 * The case module's share. It lives here, not in casefile, because casefile sits below the
 * features (privacy depends on it). On screen the ID and mobile numbers are masked; the
 * downloaded copy gives them in full through {@link CaseService#revealOwnNumbers}, which is
 * audited. Emergency contacts' numbers stay masked in both: they are other people's data.
 */
@Component
class CasePersonalData implements PersonalDataSource {

    private final CaseService cases;

    CasePersonalData(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public List<PersonalDataSection> personalDataOf(long caseId) {
        CaseDetails c = cases.ownRecord(caseId);
        return sections(c, c.maskedIdNumber(), c.maskedMobile());
    }

    @Override
    public List<PersonalDataSection> copyOf(long caseId) {
        CaseDetails c = cases.ownRecord(caseId);
        CaseService.OwnNumbers numbers = cases.revealOwnNumbers(caseId);
        return sections(c, numbers.idNumber(), numbers.mobile());
    }

    private static List<PersonalDataSection> sections(CaseDetails c, String idNumber, String mobile) {
        List<Item> client = new ArrayList<>();
        client.add(new Item("privacy.case.name", c.clientName()));
        client.add(new Item("privacy.case.idNumber", idNumber));
        client.add(new Item("privacy.case.mobile", mobile));
        client.add(new Item("privacy.case.address", text(c.address())));
        client.add(Item.coded("privacy.case.hardship", c.hardshipReason(), "hardship."));
        client.add(new Item("privacy.case.hardshipDetails", text(c.hardshipDetails())));
        client.add(Item.coded("privacy.case.stage", c.stage(), "stage."));
        client.add(new Item("privacy.case.openedAt", PersonalDataSection.beijing(c.createdAt())));

        List<Item> contacts = new ArrayList<>();
        for (CaseDetails.Contact contact : c.emergencyContacts()) {
            contacts.add(new Item("privacy.case.contactName", contact.name()));
            contacts.add(new Item("privacy.case.contactRelationship", contact.relationship()));
            contacts.add(new Item("privacy.case.contactMobile", contact.maskedMobile()));
        }

        List<Item> debts = new ArrayList<>();
        for (DebtLine line : c.debtsByPriority()) {
            DebtDetails d = line.details();
            debts.add(new Item("privacy.case.lender", d.lenderName()));
            debts.add(new Item("privacy.case.product", text(d.product())));
            debts.add(new Item("privacy.case.contractDate", text(d.contractDate())));
            debts.add(new Item("privacy.case.principal", d.contractPrincipal().format()));
            debts.add(new Item("privacy.case.outstanding", d.outstanding().format()));
            debts.add(new Item("privacy.case.overdueSince", text(d.overdueSince())));
            debts.add(Item.coded("privacy.case.debtStatus", line.resolution(), "debt.resolution."));
        }

        List<Item> budget = new ArrayList<>();
        Budget b = c.budget();
        if (b != null) {
            for (Budget.Line line : b.lines()) {
                budget.add(new Item(line.income() ? "privacy.case.income" : "privacy.case.expense",
                        line.label() + ": " + line.monthly().format()));
            }
            budget.add(new Item("privacy.case.dependants", String.valueOf(b.dependants())));
            budget.add(new Item("privacy.case.emergencyFund",
                    b.emergencyFund() == null ? "" : b.emergencyFund().format()));
        }

        List<Item> consents = new ArrayList<>();
        for (ConsentRecord consent : c.consents()) {
            consents.add(Item.coded("privacy.case.consentKind", consent.kind(), "consent."));
            consents.add(new Item("privacy.case.consentGiven", consent.givenOn().toString()));
            consents.add(Item.coded("privacy.case.consentMethod", consent.method(), "consent.method."));
            consents.add(new Item("privacy.case.consentWithdrawn", text(consent.withdrawnOn())));
        }

        return List.of(
                new PersonalDataSection("client", "privacy.section.client", client),
                new PersonalDataSection("emergencyContacts", "privacy.section.emergencyContacts", contacts),
                new PersonalDataSection("debts", "privacy.section.debts", debts),
                new PersonalDataSection("budget", "privacy.section.budget", budget),
                new PersonalDataSection("consents", "privacy.section.consents", consents));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

}
