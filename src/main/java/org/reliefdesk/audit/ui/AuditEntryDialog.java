package org.reliefdesk.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import org.reliefdesk.audit.AuditEntry;
import org.reliefdesk.audit.AuditEntryDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One audit entry: every field, its facts (pretty-printed JSON) and the two hashes that chain it. */
class AuditEntryDialog extends Dialog {

    AuditEntryDialog(AuditEntryDetails details, String actionLabel) {
        AuditEntry e = details.entry();
        setHeaderTitle(getTranslation("admin.audit.entry", String.valueOf(e.id())));
        setId("audit-entry-dialog");
        setWidth("min(56rem, 100vw)");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        form.addFormItem(text("audit-entry-time", AuditTexts.WHEN.format(e.occurredAt())),
                getTranslation("admin.audit.time"));
        form.addFormItem(text("audit-entry-actor", e.actor()), getTranslation("admin.audit.actor"));
        form.addFormItem(text("audit-entry-address", e.remoteAddress()), getTranslation("admin.audit.csv.address"));
        form.addFormItem(text("audit-entry-case", e.caseId() == null ? null : e.caseId().toString()),
                getTranslation("admin.audit.case"));
        form.addFormItem(text("audit-entry-action", actionLabel + " (" + e.action() + ")"),
                getTranslation("admin.audit.action"));
        form.addFormItem(text("audit-entry-target", e.targetType() == null ? null
                : e.targetType() + (e.targetId() == null ? "" : " #" + e.targetId())),
                getTranslation("admin.audit.target"));
        var summary = form.addFormItem(text("audit-entry-summary", e.summary()), getTranslation("admin.audit.summary"));
        form.setColspan(summary, 2);
        Pre facts = new Pre(pretty(e.details()));
        facts.setId("audit-entry-facts");
        var factsItem = form.addFormItem(facts, getTranslation("admin.audit.facts"));
        form.setColspan(factsItem, 2);
        var previous = form.addFormItem(hash("audit-entry-prev-hash", details.previousHash()),
                getTranslation("admin.audit.previousHash"));
        form.setColspan(previous, 2);
        var hash = form.addFormItem(hash("audit-entry-hash", details.hash()), getTranslation("admin.audit.hash"));
        form.setColspan(hash, 2);
        add(form);
        Button close = new Button(getTranslation("admin.close"), click -> close());
        close.setId("audit-entry-close");
        getFooter().add(close);
    }

    private static Span text(String id, String value) {
        Span span = new Span(value == null || value.isBlank() ? "—" : value);
        span.setId(id);
        return span;
    }

    private static Span hash(String id, String hex) {
        Span span = text(id, hex);
        span.getStyle().set("font-family", "monospace").set("word-break", "break-all");
        return span;
    }

    /** Facts are JSON as written by the module; shown indented, or as stored if not JSON. */
    static String pretty(String details) {
        if (details == null || details.isBlank()) {
            return "—";
        }
        try {
            JsonNode node = JsonMapper.shared().readTree(details);
            return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (RuntimeException notJson) {
            return details;
        }
    }
}
