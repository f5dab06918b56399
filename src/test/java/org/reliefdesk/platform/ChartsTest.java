package org.reliefdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChartsTest {

    @Test
    void stacked_bars_are_svg_with_every_row_and_series_label_as_text() {
        String svg = Charts.stackedBarsSvg("按催收方", "事件数", List.of(
                new Charts.Value("甲催收公司", "夜间联系", 3),
                new Charts.Value("甲催收公司", "联系第三方", 1),
                new Charts.Value("乙网贷平台", "夜间联系", 2)));

        assertThat(svg).startsWith("<svg").contains("viewBox='0.0 0.0 900.0 ")
                .contains("按催收方", "事件数", "甲催收公司", "乙网贷平台", "夜间联系", "联系第三方");
    }

    @Test
    void the_chart_grows_with_its_rows_so_labels_do_not_overlap() {
        String one = Charts.stackedBarsSvg("t", "n", List.of(new Charts.Value("a", "s", 1)));
        String three = Charts.stackedBarsSvg("t", "n", List.of(new Charts.Value("a", "s", 1),
                new Charts.Value("b", "s", 1), new Charts.Value("c", "s", 1)));

        assertThat(height(three)).isEqualTo(height(one) + 60);
    }

    @Test
    void side_by_side_bars_give_each_row_room_for_every_series() {
        List<Charts.Value> oneSeries = List.of(new Charts.Value("2026-03", "新增", 4),
                new Charts.Value("2026-04", "新增", 2));
        List<Charts.Value> fourSeries = new ArrayList<>(oneSeries);
        for (String series : List.of("结案", "撤回", "暂停")) {
            fourSeries.add(new Charts.Value("2026-03", series, 1));
        }
        String svg = Charts.barsSvg("每月", "案件数", fourSeries);

        assertThat(svg).startsWith("<svg").contains("每月", "案件数", "2026-03", "2026-04", "新增", "结案", "撤回");
        // A row is 15 px per series (at least two): four series instead of one add 30 px to each of two rows.
        assertThat(height(svg)).isEqualTo(height(Charts.barsSvg("每月", "案件数", oneSeries)) + 2 * 30);
    }

    @Test
    void an_empty_chart_still_renders() {
        assertThat(Charts.stackedBarsSvg("空", "n", List.of())).startsWith("<svg").contains("空");
    }

    @Test
    void lines_are_svg_with_every_series_name_and_axis_label_as_text() {
        String svg = Charts.linesSvg("剩余欠款", "月份", "元", List.of(
                new Charts.Series("雪崩法", List.of(5000, 3000, 0)),
                new Charts.Series("雪球法", List.of(5000, 3500, 1200, 0))));

        assertThat(svg).startsWith("<svg").contains("viewBox='0.0 0.0 900.0 420.0'")
                .contains("剩余欠款", "月份", "元", "雪崩法", "雪球法").contains("<path");
    }

    @Test
    void lines_without_series_still_render() {
        assertThat(Charts.linesSvg("空", "x", "y", List.of())).startsWith("<svg").contains("空");
    }

    private static int height(String svg) {
        Matcher m = Pattern.compile("viewBox='0.0 0.0 900.0 (\\d+)\\.0'").matcher(svg);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
