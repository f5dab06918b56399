package org.reliefdesk.calls;

import java.util.ArrayList;
import java.util.List;
import org.reliefdesk.privacy.PersonalDataSection;
import org.reliefdesk.privacy.PersonalDataSection.Item;
import org.reliefdesk.privacy.PersonalDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call log's share of the client's data view: that a call about them took place, when,
 * which way, with which kind of party and how long. Not the summary, outcome or next step:
 * those are the counsellor's working notes and assessment, not the client's personal
 * information in the sense of PIPL 第45条; nor the other side's name and number, which are
 * another person's data (decision 020).
 */
@Component
class CallPersonalData implements PersonalDataSource {

    private final CallRepository calls;

    CallPersonalData(CallRepository calls) {
        this.calls = calls;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalDataSection> personalDataOf(long caseId) {
        List<Item> list = new ArrayList<>();
        for (Call call : calls.findByCaseIdOrderByOccurredAtDesc(caseId)) {
            CallDetails d = call.details();
            list.add(new Item("privacy.calls.at", PersonalDataSection.beijing(d.at())));
            list.add(Item.coded("privacy.calls.direction", d.direction(), "calls.direction."));
            list.add(Item.coded("privacy.calls.party", d.party(), "calls.party."));
            list.add(new Item("privacy.calls.minutes", String.valueOf(d.duration().toMinutes())));
        }
        return List.of(new PersonalDataSection("calls", "privacy.section.calls", list));
    }
}
