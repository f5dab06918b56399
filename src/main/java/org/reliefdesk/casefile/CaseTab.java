package org.reliefdesk.casefile;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;

/**
 * A tab that a feature module adds to the staff case page. The case module lists
 * the beans and never imports the features, so dependencies keep pointing one way.
 */
public interface CaseTab {

    /** Position among the tabs; the case module's own use 100 (overview) to 500 (timeline). */
    int order();

    /** The i18n key of the tab's title. */
    String titleKey();

    /**
     * Builds the tab's content for a case the current user may work on.
     *
     * @param refresh call with the case's latest state after a change that affects the whole page
     */
    Component create(CaseDetails details, Consumer<CaseDetails> refresh);

    /** The query parameter of the staff case page that opens one tab by its title key. */
    String TAB_PARAMETER = "tab";

    /**
     * Where a case opens at one tab, e.g. {@code cases/12?tab=complaint.tab}.
     *
     * @param tabTitleKey a tab's {@link #titleKey()} (or the case module's own, e.g. {@code case.tab.debts}),
     *                    or {@code null} for the first tab
     */
    static String location(long caseId, String tabTitleKey) {
        return "cases/" + caseId + (tabTitleKey == null ? "" : "?" + TAB_PARAMETER + "=" + tabTitleKey);
    }
}
