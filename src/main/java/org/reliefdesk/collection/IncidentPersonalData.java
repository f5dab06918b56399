package org.reliefdesk.collection;

import java.util.ArrayList;
import java.util.List;
import org.reliefdesk.privacy.PersonalDataSection;
import org.reliefdesk.privacy.PersonalDataSection.Item;
import org.reliefdesk.privacy.PersonalDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collection incidents' share of the client's data view: when a collector contacted them (or
 * someone about them), how and who. Not the description, which is the counsellor's account;
 * not the collector's number.
 */
@Component
class IncidentPersonalData implements PersonalDataSource {

    private final IncidentRepository incidents;

    IncidentPersonalData(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    @Override
    public int order() {
        return 350;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalDataSection> personalDataOf(long caseId) {
        List<Item> list = new ArrayList<>();
        for (Incident incident : incidents.findByCaseIdOrderByOccurredAtDescIdDesc(caseId)) {
            IncidentDetails d = incident.details();
            list.add(new Item("privacy.incident.at", PersonalDataSection.beijing(d.at())));
            list.add(Item.coded("privacy.incident.channel", d.channel(), "collection.channel."));
            list.add(new Item("privacy.incident.collector", d.collectorName() == null ? "" : d.collectorName()));
        }
        return List.of(new PersonalDataSection("collectionIncidents", "privacy.section.incidents", list));
    }
}
