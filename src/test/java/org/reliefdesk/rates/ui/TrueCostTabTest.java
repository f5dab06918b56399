package org.reliefdesk.rates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reliefdesk.BrowserlessUiTest;
import org.reliefdesk.casefile.CaseService;
import org.reliefdesk.casefile.DebtDetails;
import org.reliefdesk.casefile.Intakes;
import org.reliefdesk.casefile.LenderType;
import org.reliefdesk.casefile.RateBasis;
import org.reliefdesk.rates.DebtTrueCost;
import org.reliefdesk.rates.RepaymentMethod;
import org.reliefdesk.rates.TrueCostService;
import org.reliefdesk.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class TrueCostTabTest extends BrowserlessUiTest {

    @Autowired
    CaseService cases;
    @Autowired
    TrueCostService rates;

    @Test
    @WithUserDetails("counsellor")
    void the_tab_explains_kantouxi_and_typed_payments_replace_the_assumed_schedule_after_a_refused_line() {
        long caseId = cases.openCase(Intakes.intake("钱芳", "13712345678")).caseId();
        long debtId = cases.addDebt(caseId, 0, new DebtDetails("某小贷", LenderType.MICROLOAN, null,
                LocalDate.of(2025, 1, 15), Money.yuan(10000), Money.yuan(9000), Money.yuan(1000),
                new BigDecimal("12"), RateBasis.ANNUAL, 12, Money.ZERO, Money.yuan(6000), Money.ZERO, Money.ZERO,
                null, null, false)).debtsByPriority().getFirst().id();
        UI.getCurrent().navigate("cases/" + caseId);
        TabSheet tabs = $(TabSheet.class).id("case-tabs");
        for (int i = 0; i < 20; i++) {
            if ("真实成本".equals(tabs.getTabAt(i).getLabel())) {
                tabs.setSelectedIndex(i);
                break;
            }
        }

        assertThat($(Paragraph.class).id("rates-kantouxi-" + debtId).getText()).contains("第670条")
                .contains("¥9,000.00").contains("¥5,000.00");
        assertThat($(Paragraph.class).id("rates-total").getText()).contains("合计");

        test($(Button.class).id("rates-edit-" + debtId)).click();
        test($(TextArea.class).id("rates-flows")).setValue("2026-01-15 10000\n2026-13-01 500");
        test($(Button.class).id("rates-save-flows")).click();
        assertThat($(Paragraph.class).id("rates-problem").getText()).contains("第 2 行");
        assertThat($(Dialog.class).id("rates-dialog").isOpened()).isTrue();
        assertThat(rates.plan(caseId, debtId).version()).isNull();

        test($(TextArea.class).id("rates-flows")).setValue("2026-01-15 11500 一次还清");
        test($(Button.class).id("rates-save-flows")).click();
        DebtTrueCost cost = rates.forDebt(caseId, debtId);
        assertThat(cost.basis()).isEqualTo(DebtTrueCost.Basis.EXPLICIT_FLOWS);
        // 9,000 received, 11,500 repaid a year later: EAR = 11,500 / 9,000 − 1 = 27.7778%,
        // APR = 12 × ((11,500 / 9,000)^(1/12) − 1) = 24.76%; compared with the lines at the simple rate, also
        // 11,500 / 9,000 − 1 = 27.78% for one year: above the 24% line, within 36%.
        assertThat(cost.rate().effectiveAnnualPercent()).isEqualByComparingTo("27.7778");
        assertThat(cost.rate().linePercent()).isEqualByComparingTo("27.7778");
        assertThat($(Paragraph.class).id("rates-line-rate-" + debtId).getText()).contains("27.78%")
                .contains("24.76%");
        assertThat(cost.lines()).extracting(c -> c.line().code() + " " + c.exceeded())
                .containsExactly("FINANCIAL_24 true", "LICENSED_36 false", "MICROLOAN_NOTE false");

        // The structure form shows only the fields the chosen method uses, and refuses a fee beyond 100 million.
        long version = rates.plan(caseId, debtId).version();
        test($(Button.class).id("rates-edit-" + debtId)).click();
        @SuppressWarnings("unchecked")
        Select<RepaymentMethod> method = $(Select.class).id("rates-method");
        method.setValue(RepaymentMethod.BULLET);
        // The query finds only visible components.
        assertThat($(IntegerField.class).withId("rates-term-days").exists()).isTrue();
        assertThat($(DatePicker.class).withId("rates-first-due").exists()).isFalse();
        method.setValue(RepaymentMethod.EQUAL_INSTALMENT);
        assertThat($(IntegerField.class).withId("rates-term-days").exists()).isFalse();
        assertThat($(DatePicker.class).withId("rates-first-due").exists()).isTrue();
        $(BigDecimalField.class).id("rates-fee").setValue(new BigDecimal("1000000000000"));
        test($(Button.class).id("rates-save-structure")).click();
        assertThat($(Paragraph.class).id("rates-problem").getText()).contains("1 亿元");
        assertThat(rates.plan(caseId, debtId).version()).isEqualTo(version);
        assertThat(rates.plan(caseId, debtId).structure()).isNull();
    }

    @Test
    @WithUserDetails("counsellor")
    void the_timeline_words_the_modules_entries_in_the_readers_language() {
        Paragraph reader = new Paragraph();
        UI.getCurrent().add(reader);
        RatesTimelineTexts texts = new RatesTimelineTexts();

        assertThat(texts.describe("RATES_STRUCTURE_SAVED", java.util.Map.of("lender", "某小贷",
                "method", "EQUAL_INSTALMENT", "fee", "¥100.00"), reader))
                .hasValue("保存了 某小贷 的还款方式：等额本息，每期服务费 ¥100.00");
        assertThat(texts.describe("RATES_FLOWS_SAVED", java.util.Map.of("lender", "某小贷", "count", "12",
                "total", "¥10,661.86"), reader)).hasValue("保存了 某小贷 的还款记录：12 笔，共 ¥10,661.86");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        assertThat(texts.describe("RATES_FLOWS_SAVED", java.util.Map.of("lender", "L", "count", "1",
                "total", "¥1.00"), reader)).hasValue("Saved the payments of L: 1 payments totalling ¥1.00");
        assertThat(texts.describe("DEBT_ADDED", java.util.Map.of(), reader)).isEmpty();
    }
}
