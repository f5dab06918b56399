package org.reliefdesk.agreement.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;
import org.reliefdesk.agreement.AgreementService;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.CaseTab;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.negotiation.NegotiationService;

/** "协议与还款 / Agreements & repayment" on the staff case page. */
@org.springframework.stereotype.Component
class AgreementsTab implements CaseTab {

    private final AgreementService agreements;
    private final NegotiationService negotiation;
    private final CaseService cases;
    private final EvidenceService evidence;
    private final java.time.Clock clock;

    AgreementsTab(AgreementService agreements, NegotiationService negotiation, CaseService cases,
            EvidenceService evidence, java.time.Clock clock) {
        this.clock = clock;
        this.agreements = agreements;
        this.negotiation = negotiation;
        this.cases = cases;
        this.evidence = evidence;
    }

    @Override
    public int order() {
        return 435;
    }

    @Override
    public String titleKey() {
        return "agreement.tab";
    }

    @Override
    public Component create(CaseDetails details, Consumer<CaseDetails> refresh) {
        return new AgreementsPanel(new AgreementsPanel.Services(agreements, negotiation, cases, evidence, clock), details,
                refresh);
    }
}
