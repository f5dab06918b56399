package org.reliefdesk.platform;

import com.vaadin.flow.component.Svg;
import java.awt.Color;
import java.awt.Font;
import java.awt.BasicStroke;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Charts drawn on the server by JFreeChart as SVG markup and shown inline. Free (Vaadin
 * Charts is commercial), needs no frontend bundle, and its labels stay text that the
 * browser renders in the reader's fonts (Chinese included) and tests can read.
 */
public final class Charts {

    private static final int WIDTH = 900;
    private static final int ROW_HEIGHT = 30;
    private static final int FRAME_HEIGHT = 150;
    private static final String FONT = "SansSerif";
    // Colour-blind-safe palette (Okabe-Ito), so stacked series stay distinguishable.
    private static final List<Color> PALETTE = List.of(new Color(0xE69F00), new Color(0x56B4E9),
            new Color(0x009E73), new Color(0xF0E442), new Color(0x0072B2), new Color(0xD55E00),
            new Color(0xCC79A7), new Color(0x999999), new Color(0x000000));

    private Charts() {
    }

    /** One bar segment: the row it belongs to (e.g. a collector), its series (e.g. a violation type), its value. */
    public record Value(String row, String series, long value) {
    }

    /**
     * Horizontal stacked bars, one bar per row in the order given, one colour per series.
     * The SVG scales to its container's width.
     */
    public static Svg stackedBars(String title, String valueLabel, List<Value> values) {
        return scaled(stackedBarsSvg(title, valueLabel, values));
    }

    /** The SVG markup of {@link #stackedBars}, for tests and exports. */
    public static String stackedBarsSvg(String title, String valueLabel, List<Value> values) {
        return barChart(title, valueLabel, values, true);
    }

    /**
     * Horizontal bars side by side (not stacked), one group per row in the order given, one
     * colour per series: for figures that are compared, not added up (opened vs closed in a month).
     */
    public static Svg bars(String title, String valueLabel, List<Value> values) {
        return scaled(barsSvg(title, valueLabel, values));
    }

    /** The SVG markup of {@link #bars}, for tests and exports. */
    public static String barsSvg(String title, String valueLabel, List<Value> values) {
        return barChart(title, valueLabel, values, false);
    }

    private static String barChart(String title, String valueLabel, List<Value> values, boolean stacked) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Value value : values) {
            dataset.addValue(value.value(), value.series(), value.row());
        }
        JFreeChart chart = stacked
                ? ChartFactory.createStackedBarChart(null, null, valueLabel, dataset, PlotOrientation.HORIZONTAL,
                        true, false, false)
                : ChartFactory.createBarChart(null, null, valueLabel, dataset, PlotOrientation.HORIZONTAL,
                        true, false, false);
        chart.setTitle(new TextTitle(title, new Font(FONT, Font.BOLD, 16)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(new Font(FONT, Font.PLAIN, 12));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.getDomainAxis().setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
        NumberAxis counts = (NumberAxis) plot.getRangeAxis();
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < dataset.getRowCount(); i++) {
            renderer.setSeriesPaint(i, PALETTE.get(i % PALETTE.size()));
        }
        int perRow;
        if (stacked) {
            renderer.setMaximumBarWidth(0.6);
            perRow = ROW_HEIGHT;
        } else {
            // Side by side, each row needs room for one bar per series.
            renderer.setItemMargin(0.05);
            perRow = ROW_HEIGHT / 2 * Math.max(2, dataset.getRowCount());
        }
        int height = FRAME_HEIGHT + perRow * Math.max(1, dataset.getColumnCount());
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, height);
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, height));
        return graphics.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, height), null, null);
    }

    /** A chart's markup as a component that scales to its container's width. */
    private static Svg scaled(String markup) {
        Svg svg = new Svg(markup);
        svg.getElement().getStyle().set("width", "100%");
        svg.addClassName("rd-chart");
        return svg;
    }

    /** One line: its name (distinct within a chart) and its values at x = 0, 1, 2... (e.g. what remains owed after each month). */
    public record Series(String name, List<? extends Number> values) {
    }

    /** Lines over a whole-number x axis, one colour per series; scales to its container's width. */
    public static Svg lines(String title, String xLabel, String yLabel, List<Series> series) {
        return scaled(linesSvg(title, xLabel, yLabel, series));
    }

    /** The SVG markup of {@link #lines}, for tests and exports. */
    public static String linesSvg(String title, String xLabel, String yLabel, List<Series> series) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Series line : series) {
            XYSeries points = new XYSeries(line.name(), false, true);
            for (int x = 0; x < line.values().size(); x++) {
                points.add(x, line.values().get(x));
            }
            dataset.addSeries(points);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(null, xLabel, null, dataset, PlotOrientation.VERTICAL,
                true, false, false);
        chart.setTitle(new TextTitle(title, new Font(FONT, Font.BOLD, 16)));
        // The value label sits above the axis, unrotated: JFreeSVG clips a rotated axis label away entirely.
        TextTitle valueLabel = new TextTitle(yLabel, new Font(FONT, Font.PLAIN, 12));
        valueLabel.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.addSubtitle(valueLabel);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(new Font(FONT, Font.PLAIN, 12));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        plot.getRangeAxis().setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, PALETTE.get(i % PALETTE.size()));
            // Dashes as well as colours, so lines that run on top of each other stay readable.
            renderer.setSeriesStroke(i, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    i == 0 ? null : new float[] {8f * i, 4f}, 0f));
        }
        plot.setRenderer(renderer);
        int height = 420;
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, height);
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, height));
        return graphics.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, height), null, null);
    }
}
