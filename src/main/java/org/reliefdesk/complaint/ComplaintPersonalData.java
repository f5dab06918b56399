package org.reliefdesk.complaint;

import java.util.ArrayList;
import java.util.List;
import org.reliefdesk.privacy.PersonalDataSection;
import org.reliefdesk.privacy.PersonalDataSection.Item;
import org.reliefdesk.privacy.PersonalDataSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Complaints' share of the client's data view: each complaint made for them, where, when and its status; not notes. */
@Component
class ComplaintPersonalData implements PersonalDataSource {

    private final ComplaintRepository complaints;

    ComplaintPersonalData(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalDataSection> personalDataOf(long caseId) {
        List<Item> list = new ArrayList<>();
        for (Complaint c : complaints.findByCaseIdOrderByIdDesc(caseId, PageRequest.of(0, 500))) {
            list.add(new Item("privacy.complaint.respondent", c.respondentName() == null ? "" : c.respondentName()));
            list.add(Item.coded("privacy.complaint.channel", c.channelCode(), "complaint.channel."));
            list.add(Item.coded("privacy.complaint.status", c.status(), "complaint.status."));
            list.add(new Item("privacy.complaint.filedOn", c.filedOn() == null ? "" : c.filedOn().toString()));
        }
        return List.of(new PersonalDataSection("complaints", "privacy.section.complaints", list));
    }
}
