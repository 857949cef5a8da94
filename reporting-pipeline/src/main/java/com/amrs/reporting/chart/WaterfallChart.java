package com.amrs.reporting.chart;

import com.amrs.core.oee.LossWaterfall;
import com.amrs.reporting.data.ReportFormat;
import com.amrs.reporting.data.WaterfallStep;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * The OEE loss waterfall of all machines (DESIGN.md §14) in minutes: planned time and fully productive time
 * as full bars, each loss in between as a bar floating from the time left after it up to the time left
 * before it, coloured by the part of OEE it lowers and labelled with its minutes.
 */
final class WaterfallChart {

    static final Paint TIME = ChartTheme.color(0);
    static final Paint PLANNED = ChartTheme.color(9);
    static final Paint AVAILABILITY = ParetoChart.UNPLANNED;
    static final Paint PERFORMANCE = ChartTheme.color(2);
    static final Paint QUALITY = ChartTheme.color(4);

    private WaterfallChart() {}

    static JFreeChart create(LossWaterfall losses) {
        List<WaterfallStep> waterfall = WaterfallStep.of(losses);
        var plot = new CategoryPlot(dataset(waterfall), new CategoryAxis(), new NumberAxis("Minutes"), bars(waterfall));
        var chart = new JFreeChart("OEE losses, all machines", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartTheme.apply(chart);
        plot.setFixedLegendItems(legend());
        plot.getRenderer().setDefaultItemLabelFont(ChartTheme.font(Font.PLAIN, 8));
        CategoryAxis steps = plot.getDomainAxis();
        steps.setMaximumCategoryLabelLines(3);
        steps.setTickLabelFont(ChartTheme.font(Font.PLAIN, 9));
        steps.setCategoryMargin(0.1);
        steps.setLowerMargin(0.02);
        steps.setUpperMargin(0.02);
        var minutes = (NumberAxis) plot.getRangeAxis();
        minutes.setNumberFormatOverride(new DecimalFormat("#,##0"));
        minutes.setUpperMargin(0.15);
        return chart;
    }

    private static CategoryDataset dataset(List<WaterfallStep> steps) {
        Number[][] from = new Number[1][steps.size()];
        Number[][] to = new Number[1][steps.size()];
        String[] labels = new String[steps.size()];
        double left = 0;
        for (int i = 0; i < steps.size(); i++) {
            WaterfallStep step = steps.get(i);
            left = step.full() ? step.minutes() : Math.max(0, left - step.minutes());
            from[0][i] = step.full() ? 0 : left;
            to[0][i] = step.full() ? step.minutes() : left + step.minutes();
            labels[i] = step.label();
        }
        return new DefaultIntervalCategoryDataset(new String[] {"Minutes"}, labels, from, to);
    }

    private static IntervalBarRenderer bars(List<WaterfallStep> steps) {
        var renderer = new IntervalBarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return paint(steps.get(column).kind());
            }
        };
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.1);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                return ReportFormat.minutes(steps.get(column).minutes());
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        return renderer;
    }

    private static Paint paint(WaterfallStep.Kind kind) {
        return switch (kind) {
            case TIME -> TIME;
            case PLANNED_STOPS -> PLANNED;
            case AVAILABILITY -> AVAILABILITY;
            case PERFORMANCE -> PERFORMANCE;
            case QUALITY -> QUALITY;
        };
    }

    private static LegendItemCollection legend() {
        var items = new LegendItemCollection();
        items.add(new LegendItem("Time (min)", TIME));
        items.add(new LegendItem("Planned stops", PLANNED));
        items.add(new LegendItem("Availability loss", AVAILABILITY));
        items.add(new LegendItem("Performance loss", PERFORMANCE));
        items.add(new LegendItem("Quality loss", QUALITY));
        return items;
    }
}
