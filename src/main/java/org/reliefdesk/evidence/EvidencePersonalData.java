package org.reliefdesk.evidence;

import java.util.ArrayList;
import java.util.List;
import org.reliefdesk.privacy.PersonalDataSection;
import org.reliefdesk.privacy.PersonalDataSection.Item;
import org.reliefdesk.privacy.PersonalDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence vault's share of the client's data view (PIPL 第44条): every file held on the
 * case, by category, name, date and size, never the content. Files staff did not share are
 * listed too: the client has a right to know they are held, not a copy of the counsellor's work.
 */
@Component
class EvidencePersonalData implements PersonalDataSource {

    private final EvidenceRepository items;

    EvidencePersonalData(EvidenceRepository items) {
        this.items = items;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalDataSection> personalDataOf(long caseId) {
        List<Item> list = new ArrayList<>();
        for (EvidenceFile file : items.findByCaseIdOrderByUploadedAtDescIdDesc(caseId)) {
            EvidenceItem e = file.item();
            list.add(Item.coded("privacy.evidence.category", e.category(), "evidence.category."));
            list.add(new Item("privacy.evidence.name", e.originalName()));
            list.add(new Item("privacy.evidence.uploadedAt", PersonalDataSection.beijing(e.uploadedAt())));
            list.add(new Item("privacy.evidence.size", String.valueOf(e.size())));
        }
        return List.of(new PersonalDataSection("evidence", "privacy.section.evidence", list));
    }
}
