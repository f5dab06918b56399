package org.reliefdesk.court;

import java.util.List;
import org.reliefdesk.privacy.PersonalDataSection;
import org.reliefdesk.privacy.PersonalDataSource;
import org.springframework.stereotype.Component;

/**
 * The client's court papers in their PIPL data view and copy: type, court, case number, dates.
 * The counsellor's notes and checklist are not included (as on the client page).
 */
@Component
class CourtPersonalData implements PersonalDataSource {

    private final CourtService court;

    CourtPersonalData(CourtService court) {
        this.court = court;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public List<PersonalDataSection> personalDataOf(long caseId) {
        List<PersonalDataSection.Item> items = court.forClient(caseId).stream()
                .map(p -> new PersonalDataSection.Item("court.type." + p.type(), String.join(" · ", p.lenderName(),
                        p.court(), p.caseNumber() == null ? "—" : p.caseNumber(), p.servedOn().toString(),
                        p.responseFiledOn() == null ? "" : p.responseFiledOn().toString()).replaceAll(" · $", "")))
                .toList();
        return items.isEmpty() ? List.of() : List.of(new PersonalDataSection("courtPapers", "court.privacy.title",
                items));
    }
}
