package org.reliefdesk.creditrepair.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.function.Consumer;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseTab;
import org.reliefdesk.creditrepair.CreditRepairService;
import org.reliefdesk.evidence.EvidenceService;

/** "征信修复 / Credit repair" on the staff case page. */
@org.springframework.stereotype.Component
class CreditRepairTab implements CaseTab {

    private final CreditRepairService credit;
    private final EvidenceService evidence;
    private final Clock clock;

    CreditRepairTab(CreditRepairService credit, EvidenceService evidence, Clock clock) {
        this.credit = credit;
        this.evidence = evidence;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 438;
    }

    @Override
    public String titleKey() {
        return "creditrepair.tab";
    }

    @Override
    public Component create(CaseDetails details, Consumer<CaseDetails> refresh) {
        return new CreditRepairPanel(credit, evidence, details, clock);
    }
}
