package org.reliefdesk.creditrepair;

import java.util.ArrayList;
import java.util.List;
import org.reliefdesk.privacy.PersonalDataSection;
import org.reliefdesk.privacy.PersonalDataSection.Item;
import org.reliefdesk.privacy.PersonalDataSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit repair's share of the client's data view: when their credit report was checked and
 * from where, and the negative entries recorded from it. Not the check's findings: those are
 * the counsellor's notes (decision 020).
 */
@Component
class CreditPersonalData implements PersonalDataSource {

    private final CreditCheckRepository checks;
    private final NegativeEntryRepository entries;

    CreditPersonalData(CreditCheckRepository checks, NegativeEntryRepository entries) {
        this.checks = checks;
        this.entries = entries;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalDataSection> personalDataOf(long caseId) {
        List<Item> list = new ArrayList<>();
        for (CreditCheck check : checks.findByCaseIdOrderByCheckedOnDescIdDesc(caseId, PageRequest.of(0, 500))) {
            CreditCheckView c = check.view();
            list.add(new Item("privacy.credit.checkedOn", c.checkedOn().toString()));
            list.add(Item.coded("privacy.credit.source", c.source(), "creditrepair.source."));
        }
        for (NegativeEntry entry : entries.findByCaseIdOrderByIdAsc(caseId)) {
            NegativeEntryView e = entry.view();
            list.add(new Item("privacy.credit.lender", e.lenderName()));
            list.add(Item.coded("privacy.credit.kind", e.kind(), "creditrepair.kind."));
            list.add(new Item("privacy.credit.amount", e.amount() == null ? "" : e.amount().format()));
            list.add(new Item("privacy.credit.settledOn", e.settledOn() == null ? "" : e.settledOn().toString()));
            list.add(new Item("privacy.credit.expiresOn", e.expiresOn() == null ? "" : e.expiresOn().toString()));
        }
        return List.of(new PersonalDataSection("creditReport", "privacy.section.credit", list));
    }
}
