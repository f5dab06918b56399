package org.reliefdesk.complaint;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.reliefdesk.evidence.EvidenceItem;
import org.reliefdesk.platform.ChinesePdf;
import org.reliefdesk.platform.Translations;

/**
 * Draws a complaint letter in Chinese on A4 with {@link ChinesePdf}: both bundled fonts
 * embedded as subsets, so no glyph depends on the reader's fonts (decision 011).
 */
public final class LetterPdf {

    private static final Locale ZH = Translations.CHINESE;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

    private final I18NProvider translations;

    public LetterPdf(I18NProvider translations) {
        this.translations = translations;
    }

    public void write(ComplaintLetter letter, OutputStream out) {
        // The letter keeps its own line spacing: 1.5 times the size, at least 16 points.
        try (ChinesePdf pdf = ChinesePdf.open("Complaint " + letter.complaintId(), 1.5f, 16)) {
            draw(letter, pdf);
            out.write(pdf.finish());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String t(String key, Object... params) {
        return translations.getTranslation(key, ZH, params);
    }

    /** The letter's paragraphs, in order. */
    private void draw(ComplaintLetter l, ChinesePdf pdf) {
        pdf.title(t("complaint.letter.title"));
        pdf.paragraph(t("complaint.letter.to", l.channel().nameZh()));
        pdf.paragraph(t("complaint.letter.date", l.date().toString()));
        pdf.blank();
        pdf.heading(t("complaint.letter.section.client"));
        pdf.item(t("complaint.letter.clientName", l.clientName()));
        pdf.item(t("complaint.letter.idNumber", l.idNumber()));
        pdf.item(t("complaint.letter.phone", l.phone()));
        pdf.heading(t("complaint.letter.section.respondent"));
        pdf.item(l.respondentName() + "（" + (l.agency() || l.respondentLenderType() == null
                ? t("complaint.respondent.agency") : t("complaint.lenderType." + l.respondentLenderType())) + "）");
        if (l.debtLabel() != null) {
            pdf.item(t("complaint.letter.debt", l.debtLabel()));
        }
        pdf.heading(t("complaint.letter.section.facts"));
        if (l.facts().isEmpty()) {
            pdf.item(t("complaint.letter.noIncidents"));
        }
        int n = 1;
        for (IncidentFact f : l.facts()) {
            String categories = f.categoryKeys().stream().map(this::t).collect(Collectors.joining("、"));
            pdf.item(t("complaint.letter.fact", n++, WHEN.format(f.occurredAt()), t(f.channelKey()),
                    f.collectorName() + (f.collectorNumber() == null ? "" : "（" + f.collectorNumber() + "）"),
                    t(f.reachedKey()), categories));
            if (f.description() != null && !f.description().isBlank()) {
                pdf.paragraph(t("complaint.letter.description", f.description().strip()), ChinesePdf.BODY,
                        2 * ChinesePdf.INDENT);
            }
        }
        pdf.heading(t("complaint.letter.section.rules"));
        List<BrokenRule> rules = l.rules();
        if (rules.isEmpty() && l.otherGrievances().isEmpty()) {
            pdf.item(t("complaint.letter.noRules"));
        }
        for (BrokenRule r : rules) {
            pdf.item(t("complaint.letter.rule", r.titleZh(), r.summaryZh(), r.source()));
        }
        l.otherGrievances().stream().sorted().forEach(g -> pdf.item(t("complaint.letter.grievance",
                t("complaint.grievance." + g), t("complaint.grievance." + g + ".source"))));
        pdf.heading(t("complaint.letter.section.ask"));
        pdf.item(l.ask() == null || l.ask().isBlank() ? t("complaint.letter.noAsk") : l.ask().strip());
        pdf.heading(t("complaint.letter.section.evidence"));
        if (l.evidence().isEmpty()) {
            pdf.item(t("complaint.letter.noEvidence"));
        }
        int e = 1;
        for (EvidenceItem item : l.evidence().stream().sorted(Comparator.comparing(EvidenceItem::uploadedAt)
                .thenComparing(EvidenceItem::id)).toList()) {
            pdf.item(t("complaint.letter.evidenceItem", e++, ComplaintLetter.bundleName(item),
                    t("evidence.category." + item.category()),
                    WHEN.format(item.uploadedAt()).substring(0, 10)));
            pdf.paragraph("SHA-256: " + item.sha256(), ChinesePdf.SMALL, 2 * ChinesePdf.INDENT);
        }
        pdf.blank();
        pdf.paragraph(t("complaint.letter.closing"));
        pdf.paragraph(t("complaint.letter.signature", l.clientName(), l.date().toString()));
    }
}
