package org.reliefdesk.privacy;

import java.util.ArrayList;
import java.util.List;
import org.reliefdesk.privacy.PersonalDataSection.Item;
import org.springframework.stereotype.Component;

/** This module's own share: the client's correction and deletion requests and their answers. */
@Component
class RequestsPersonalData implements PersonalDataSource {

    private final PrivacyRequestRepository requests;

    RequestsPersonalData(PrivacyRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public List<PersonalDataSection> personalDataOf(long caseId) {
        List<Item> items = new ArrayList<>();
        for (PrivacyRequest r : requests.findByCaseIdOrderByReceivedAtDescIdDesc(caseId)) {
            PrivacyRequestView v = r.view();
            items.add(Item.coded("privacy.request.kind", v.kind(), "privacy.kind."));
            items.add(new Item("privacy.request.receivedOn", v.receivedOn().toString()));
            items.add(new Item("privacy.request.what", v.what()));
            items.add(new Item("privacy.request.why", v.why()));
            items.add(Item.coded("privacy.request.status", v.status(), "privacy.status."));
            items.add(new Item("privacy.request.outcome", v.outcome() == null ? "" : v.outcome()));
        }
        return List.of(new PersonalDataSection("privacyRequests", "privacy.section.requests", items));
    }
}
