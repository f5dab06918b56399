package org.reliefdesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.reliefdesk.platform.Translations;
import org.reliefdesk.shared.Money;

class AgreementPdfTest {

    static AgreementView sample(boolean pause) {
        List<Instalment> schedule = Schedules.monthly(Money.of("1000.00"), 3, LocalDate.of(2026, 1, 31));
        Allocation.Result tracked = Allocation.allocate(schedule, List.of(), LocalDate.of(2026, 1, 1));
        return new AgreementView(7, 1, 2, 3, AgreementStatus.DRAFT, 2, 0, "借呗", "重庆蚂蚁消费金融有限公司",
                LocalDate.of(2024, 5, 6), Money.of("6000"), new BigDecimal("18.000000"), "ANNUAL", Money.of("1500"),
                Money.of("1250.00"), Money.of("1000.00"), Money.of("250.00"), "INSTALMENTS", true, true,
                new BigDecimal("10"), pause ? LocalDate.of(2026, 1, 1) : null, pause ? LocalDate.of(2026, 1, 20) : null,
                LocalDate.of(2026, 1, 31), 5, 2, tracked.instalments(), tracked.paid(), tracked.remaining(),
                tracked.credit(), null, null, Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static String text(AgreementView a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AgreementPdf(new Translations()).write(new AgreementPdf.Document(a, "张伟", "110105198503121234",
                LocalDate.of(2026, 1, 2)), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            for (var font : doc.getPage(0).getResources().getFontNames()) {
                PDFont f = doc.getPage(0).getResources().getFont(font);
                assertThat(f.isEmbedded()).as("font %s embedded", f.getName()).isTrue();
            }
            assertThat(doc.getPage(0).getResources().getFontNames()).hasSize(2);
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    @Test
    void the_pdf_states_every_field_an_agreement_needs_in_chinese() throws Exception {
        String text = text(sample(true));
        assertThat(text).contains("还款协议", "借款人姓名：张伟", "借款人身份证号码：110105198503121234", "出借人：借呗",
                "出借人登记名称：重庆蚂蚁消费金融有限公司", "原借款本金：¥6,000.00", "原借款利率：年利率18%",
                "已还款金额：¥1,500.00", "双方确认剩余应还金额：¥1,000.00", "减免罚息", "减免违约金", "减免本金的10%",
                "减免合计：¥250.00", "共3期");
        assertThat(text).contains("第1期：2026-01-31，金额¥333.33", "第2期：2026-02-28，金额¥333.33",
                "第3期：2026-03-31，金额¥333.34", "各期合计：¥1,000.00");
        assertThat(text).contains("5天宽限期", "累计2期逾期超过宽限期", "自2026-01-01至2026-01-20暂停催收",
                "借款人（签字）", "出借人（盖章）", "日期");
    }

    @Test
    void without_a_pause_the_pdf_says_none_was_agreed() throws Exception {
        assertThat(text(sample(false))).contains("本协议未约定暂停催收").doesNotContain("暂停催收。出借人同意自");
    }
}
