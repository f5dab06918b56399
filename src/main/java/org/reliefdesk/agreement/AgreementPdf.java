package org.reliefdesk.agreement;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.reliefdesk.platform.ChinesePdf;
import org.reliefdesk.platform.Translations;

/**
 * An agreement (民法典 第668条) drawn in Chinese on A4 with {@link ChinesePdf}: both bundled fonts
 * embedded as subsets; a character neither has becomes "?" rather than failing (decision 013).
 */
final class AgreementPdf {

    /** What the PDF shows: the agreement, the borrower, the ID number as it may be shown, the date drawn up. */
    record Document(AgreementView agreement, String borrowerName, String idNumber, java.time.LocalDate printedOn) {
    }

    private final I18NProvider translations;

    AgreementPdf(I18NProvider translations) {
        this.translations = translations;
    }

    private String t(String key, Object... params) {
        return translations.getTranslation(key, Translations.CHINESE, params);
    }

    /** The document's paragraphs in order. */
    private void draw(Document doc, ChinesePdf pdf) {
        AgreementView a = doc.agreement();
        pdf.title(t("agreement.pdf.title"));
        pdf.note(t("agreement.pdf.number", a.id(), a.revision(), doc.printedOn().toString()));
        pdf.heading(t("agreement.pdf.section.parties"));
        pdf.item(t("agreement.pdf.borrower", doc.borrowerName()));
        pdf.item(t("agreement.pdf.idNumber", doc.idNumber()));
        pdf.item(t("agreement.pdf.lender", a.lenderName()));
        pdf.item(t("agreement.pdf.registeredName", a.registeredName()));
        pdf.heading(t("agreement.pdf.section.loan"));
        if (a.contractDate() != null) {
            pdf.item(t("agreement.pdf.contractDate", a.contractDate().toString()));
        }
        pdf.item(t("agreement.pdf.originalAmount", a.originalPrincipal().format()));
        pdf.item(t("agreement.pdf.rate", a.nominalRate().stripTrailingZeros().toPlainString(),
                t("agreement.rateBasis." + a.rateBasis())));
        pdf.item(t("agreement.pdf.repaid", a.paidBefore().format()));
        pdf.item(t("agreement.pdf.owed", a.balance().format()));
        pdf.heading(t("agreement.pdf.section.terms"));
        pdf.item(t("agreement.pdf.remaining", a.agreedTotal().format()));
        if (a.waivePenaltyInterest()) {
            pdf.item(t("agreement.pdf.waivePenalty"));
        }
        if (a.waiveLateFees()) {
            pdf.item(t("agreement.pdf.waiveLateFees"));
        }
        if (a.discountPercent() != null) {
            pdf.item(t("agreement.pdf.discount", a.discountPercent().stripTrailingZeros().toPlainString()));
        }
        pdf.item(t("agreement.pdf.waived", a.waived().format()));
        pdf.heading(t("agreement.pdf.section.schedule", a.schedule().size()));
        for (InstalmentState i : a.schedule()) {
            pdf.item(t("agreement.pdf.instalment", i.instalment().number(), i.instalment().due().toString(),
                    i.instalment().amount().format()));
        }
        pdf.item(t("agreement.pdf.scheduleTotal", a.agreedTotal().format()));
        pdf.heading(t("agreement.pdf.section.default"));
        pdf.item(t("agreement.pdf.grace", a.graceDays()));
        pdf.item(t("agreement.pdf.lapse", a.lapseAfterMissed(), a.graceDays()));
        pdf.heading(t("agreement.pdf.section.pause"));
        pdf.item(a.hasPause() ? t("agreement.pdf.pause", a.pauseFrom().toString(), a.pauseUntil().toString())
                : t("agreement.pdf.noPause"));
        pdf.heading(t("agreement.pdf.section.signatures"));
        pdf.item(t("agreement.pdf.signBorrower"));
        pdf.item(t("agreement.pdf.signLender"));
    }

    void write(Document doc, OutputStream out) {
        try (ChinesePdf pdf = ChinesePdf.open("Agreement " + doc.agreement().id())) {
            draw(doc, pdf);
            out.write(pdf.finish());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
