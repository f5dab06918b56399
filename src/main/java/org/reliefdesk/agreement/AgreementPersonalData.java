package org.reliefdesk.agreement;

import java.util.ArrayList;
import java.util.List;
import org.reliefdesk.privacy.PersonalDataSection;
import org.reliefdesk.privacy.PersonalDataSection.Item;
import org.reliefdesk.privacy.PersonalDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The agreements' share of the client's data view: the borrower details each agreement holds, as held. */
@Component
class AgreementPersonalData implements PersonalDataSource {

    private final AgreementRepository agreements;

    AgreementPersonalData(AgreementRepository agreements) {
        this.agreements = agreements;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalDataSection> personalDataOf(long caseId) {
        List<Item> list = new ArrayList<>();
        for (Agreement a : agreements.findByCaseIdOrderById(caseId)) {
            list.add(new Item("privacy.agreement.lender", a.lenderName()));
            list.add(new Item("privacy.agreement.borrowerName", a.borrowerName()));
            list.add(new Item("privacy.agreement.borrowerId", a.borrowerIdMasked()));
            list.add(Item.coded("privacy.agreement.status", a.status(), "agreement.status."));
        }
        return List.of(new PersonalDataSection("agreements", "privacy.section.agreements", list));
    }
}
