package org.reliefdesk.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.reliefdesk.casefile.CaseDetails;
import org.reliefdesk.complaint.ComplaintChannel;
import org.reliefdesk.complaint.ComplaintDocuments;
import org.reliefdesk.complaint.ComplaintNote;
import org.reliefdesk.complaint.ComplaintService;
import org.reliefdesk.complaint.ComplaintStatus;
import org.reliefdesk.complaint.ComplaintView;
import org.reliefdesk.evidence.EvidenceAttachments;
import org.reliefdesk.evidence.EvidenceService;
import org.reliefdesk.evidence.EvidenceTarget;
import org.reliefdesk.platform.Notices;
import org.reliefdesk.shared.UserFacingException;

/**
 * A complaint: its draft fields (editable while a draft), where it stands with the
 * deadline, the status steps it may take next, the letter and bundle downloads, the
 * answer's evidence and the internal notes. Ids are listed in the report to the lead.
 */
class ComplaintDialog extends Dialog {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

    private final transient ComplaintService complaints;
    private final transient ComplaintDocuments documents;
    private final transient EvidenceService evidence;
    private final CaseDetails details;
    private final Clock clock;
    private final Runnable onChange;
    private final VerticalLayout body = new VerticalLayout();
    private ComplaintView current;

    ComplaintDialog(ComplaintService complaints, ComplaintDocuments documents, EvidenceService evidence, CaseDetails details, Clock clock,
            ComplaintView existing, Runnable onChange) {
        this.complaints = complaints;
        this.documents = documents;
        this.evidence = evidence;
        this.details = details;
        this.clock = clock;
        this.onChange = onChange;
        this.current = existing;
        setId("complaint-dialog");
        setWidth("min(56rem, 100vw)");
        body.setPadding(false);
        add(body);
        Button closeButton = new Button(getTranslation("complaint.cancel"), click -> close());
        closeButton.setId("complaint-dialog-close");
        getFooter().add(closeButton);
        render();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    private void render() {
        body.removeAll();
        setHeaderTitle(getTranslation(current == null ? "complaint.new" : "complaint.details"));
        List<ComplaintChannel> channels = complaints.channels(current == null || current.filedOn() == null ? today()
                : current.filedOn());
        ComplaintForm form = new ComplaintForm(details, complaints.incidentsOf(details.id()), channels);
        boolean draft = current == null || current.status() == ComplaintStatus.DRAFT;
        if (current != null) {
            form.fill(current, details);
        }
        form.lock(!draft);
        body.add(form);
        if (draft) {
            Button save = new Button(getTranslation("complaint.save"), click -> change(() -> current == null
                    ? complaints.draft(details.id(), form.draft())
                    : complaints.update(details.id(), current.id(), current.version(), form.draft())));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("complaint-save");
            body.add(save);
        }
        if (current == null) {
            return;
        }
        body.add(standing(channels));
        body.add(actions());
        Anchor letter = new Anchor(ComplaintDownloads.letter(documents, details.id(), current.id()),
                AttachmentType.DOWNLOAD, getTranslation("complaint.letter"));
        letter.setId("complaint-letter");
        Anchor bundle = new Anchor(ComplaintDownloads.bundle(documents, details.id(), current.id()),
                AttachmentType.DOWNLOAD, getTranslation("complaint.bundle"));
        bundle.setId("complaint-bundle");
        body.add(new HorizontalLayout(letter, bundle));
        VerticalLayout attachments = new VerticalLayout(new EvidenceAttachments(evidence, details.id(),
                EvidenceTarget.complaint(current.id())));
        attachments.setId("complaint-evidence");
        attachments.setPadding(false);
        body.add(attachments, notes());
    }

    private VerticalLayout standing(List<ComplaintChannel> channels) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        Span status = new Span(getTranslation("complaint.status." + current.status()));
        status.setId("complaint-status");
        status.getElement().getThemeList().add("badge contrast");
        box.add(status);
        if (current.filedOn() != null) {
            box.add(new Span(getTranslation("complaint.filedOn") + ": " + current.filedOn() + " · "
                    + getTranslation("complaint.method." + current.method())
                    + (current.reference() == null ? "" : " · " + current.reference())));
            Span due = new Span(getTranslation("complaint.dueOn") + ": " + (current.dueOn() == null
                    ? getTranslation("complaint.dueOn.none") : current.dueOn() + (current.overdue()
                    ? " · " + getTranslation("complaint.overdue") : "")));
            due.setId("complaint-due");
            if (current.overdue()) {
                due.getElement().getThemeList().add("badge error primary");
            }
            box.add(due);
            if (current.extensionReason() != null) {
                box.add(new Span(getTranslation("complaint.extension", current.extensionReason())));
            }
        }
        channels.stream().filter(c -> c.code() == current.channel()).findFirst().ifPresent(c -> {
            Paragraph rule = new Paragraph(c.hasDeadline() ? getTranslation("complaint.rule", c.ruleSource())
                    : getTranslation("complaint.rule.none", c.followUp(getLocale()) == null ? "" : c.followUp(getLocale())));
            rule.setId("complaint-rule");
            box.add(rule);
        });
        if (current.answeredOn() != null) {
            box.add(new H4(getTranslation("complaint.answerSection")),
                    new Paragraph(current.answeredOn() + " · " + current.answerText()));
        }
        return box;
    }

    private HorizontalLayout actions() {
        HorizontalLayout row = new HorizontalLayout();
        row.setWrap(true);
        long caseId = details.id();
        long id = current.id();
        long version = current.version();
        ComplaintStatus s = current.status();
        if (s.canMoveTo(ComplaintStatus.FILED)) {
            row.add(step("complaint-file", "complaint.file", StepDialog.Step.FILE,
                    (d, m, t) -> complaints.file(caseId, id, version, d, m, t)));
        }
        if (s.canMoveTo(ComplaintStatus.ACKNOWLEDGED)) {
            row.add(step("complaint-acknowledge", "complaint.acknowledge", StepDialog.Step.ACKNOWLEDGE,
                    (d, m, t) -> complaints.acknowledge(caseId, id, version, d, t)));
        }
        if (s.canMoveTo(ComplaintStatus.ANSWERED)) {
            row.add(step("complaint-answer", "complaint.answer", StepDialog.Step.ANSWER,
                    (d, m, t) -> complaints.answer(caseId, id, version, d, t)));
        }
        if (s.awaitingAnswer() && current.dueOn() != null) {
            row.add(step("complaint-extend", "complaint.extend", StepDialog.Step.EXTEND,
                    (d, m, t) -> complaints.extend(caseId, id, version, d, t)));
        }
        if (s.canMoveTo(ComplaintStatus.ESCALATED)) {
            row.add(step("complaint-escalate", "complaint.escalate", StepDialog.Step.ESCALATE,
                    (d, m, t) -> complaints.escalate(caseId, id, version, d, t)));
        }
        if (s.canMoveTo(ComplaintStatus.CLOSED) && s != ComplaintStatus.DRAFT) {
            row.add(step("complaint-close", "complaint.close", StepDialog.Step.CLOSE,
                    (d, m, t) -> complaints.close(caseId, id, version, d, t)));
        }
        return row;
    }

    private Button step(String buttonId, String key, StepDialog.Step step, StepDialog.Action action) {
        Button button = new Button(getTranslation(key), click -> new StepDialog(step, getTranslation(key), today(),
                action, after -> {
                    current = after;
                    onChange.run();
                    render();
                }).open());
        button.setId(buttonId);
        return button;
    }

    private VerticalLayout notes() {
        VerticalLayout box = new VerticalLayout(new H4(getTranslation("complaint.notes")));
        box.setPadding(false);
        box.setId("complaint-notes");
        for (ComplaintNote note : current.notes()) {
            box.add(new Paragraph(WHEN.format(note.writtenAt()) + " · " + note.author() + " · " + note.text()));
        }
        TextArea text = new TextArea(getTranslation("complaint.note"));
        text.setMaxLength(4000);
        text.setWidthFull();
        text.setId("complaint-note");
        Button add = new Button(getTranslation("complaint.note.add"),
                click -> change(() -> complaints.addNote(details.id(), current.id(), text.getValue())));
        add.setId("complaint-note-add");
        box.add(text, add);
        return box;
    }

    private void change(java.util.function.Supplier<ComplaintView> work) {
        try {
            current = work.get();
        } catch (UserFacingException refusal) {
            Notices.refused(getTranslation(refusal.messageKey(), refusal.arguments()));
            return;
        }
        Notices.saved(getTranslation("complaint.saved"));
        onChange.run();
        render();
    }
}
