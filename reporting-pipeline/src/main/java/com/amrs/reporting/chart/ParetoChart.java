package com.amrs.reporting.chart;

import com.amrs.store.downtime.Pareto;
import com.amrs.store.downtime.ReasonDowntime;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The downtime Pareto (DESIGN.md §14): a bar of minutes per reason, most first, planned reasons in their own
 * colour, and the cumulative share of all the minutes as a line on a 0–100 % axis.
 */
final class ParetoChart {

    static final Paint UNPLANNED = ChartTheme.color(3);
    static final Paint PLANNED = ChartTheme.color(0);
    private static final Paint CUMULATIVE = new Color(0x1E, 0x29, 0x3B);
    private static final int LABELS_UPRIGHT_UP_TO = 8;

    private ParetoChart() {}

    static JFreeChart create(Pareto pareto) {
        List<String> labels = labels(pareto.reasons());
        var minutes = new DefaultCategoryDataset();
        var cumulative = new DefaultCategoryDataset();
        double sum = 0;
        for (int i = 0; i < labels.size(); i++) {
            ReasonDowntime reason = pareto.reasons().get(i);
            sum += reason.minutes();
            minutes.addValue(reason.minutes(), "Minutes", labels.get(i));
            cumulative.addValue(
                    pareto.minutes() > 0 ? Math.min(100, sum / pareto.minutes() * 100) : 0,
                    "Cumulative",
                    labels.get(i));
        }
        var plot = new CategoryPlot(minutes, new CategoryAxis(), new NumberAxis("Downtime (min)"), bars(pareto));
        var percent = new NumberAxis("Cumulative share (%)");
        percent.setRange(0, 100);
        percent.setNumberFormatOverride(new DecimalFormat("0"));
        plot.setRangeAxis(1, percent);
        plot.setDataset(1, cumulative);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, line());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        var chart = new JFreeChart("Downtime by reason", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartTheme.apply(chart);
        plot.setFixedLegendItems(legend());
        plot.setNoDataMessage("No stops in this period");
        CategoryAxis axis = plot.getDomainAxis();
        axis.setCategoryMargin(0.2);
        axis.setMaximumCategoryLabelLines(2);
        if (labels.size() > LABELS_UPRIGHT_UP_TO) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
            axis.setTickLabelFont(ChartTheme.font(Font.PLAIN, 8));
        }
        plot.getRenderer(1).setSeriesPaint(0, CUMULATIVE);
        return chart;
    }

    /** Bars coloured by the reason's category, not by series. */
    private static BarRenderer bars(Pareto pareto) {
        var renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return pareto.reasons().get(column).planned() ? PLANNED : UNPLANNED;
            }
        };
        renderer.setMaximumBarWidth(0.12);
        renderer.setShadowVisible(false);
        return renderer;
    }

    private static LineAndShapeRenderer line() {
        var renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesShape(0, new Rectangle(-3, -3, 6, 6));
        return renderer;
    }

    private static LegendItemCollection legend() {
        var items = new LegendItemCollection();
        items.add(new LegendItem("Unplanned (min)", UNPLANNED));
        items.add(new LegendItem("Planned (min)", PLANNED));
        items.add(new LegendItem("Cumulative %", CUMULATIVE));
        return items;
    }

    /** The reasons as axis labels, made unique when two rows share a reason text. */
    private static List<String> labels(List<ReasonDowntime> reasons) {
        Set<String> seen = new HashSet<>();
        List<String> labels = new ArrayList<>();
        for (ReasonDowntime reason : reasons) {
            String label = reason.reason();
            if (!seen.add(label)) {
                label = label + " (" + reason.category()
                        + (reason.reasonCode() == null ? "" : ", " + reason.reasonCode()) + ")";
                seen.add(label);
            }
            labels.add(label);
        }
        return labels;
    }
}
