package org.reliefdesk.rates.ui;

import java.util.function.Consumer;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.casefile.CaseTab;
import org.reliefdesk.rates.TrueCostService;

/** The "true cost" tab on the staff case page. */
@org.springframework.stereotype.Component
class TrueCostTab implements CaseTab {

    private final TrueCostService service;

    TrueCostTab(TrueCostService service) {
        this.service = service;
    }

    @Override
    public int order() {
        return 450;
    }

    @Override
    public String titleKey() {
        return "rates.tab.title";
    }

    @Override
    public com.vaadin.flow.component.Component create(CaseDetails details, Consumer<CaseDetails> refresh) {
        return new TrueCostPanel(service, details);
    }
}
