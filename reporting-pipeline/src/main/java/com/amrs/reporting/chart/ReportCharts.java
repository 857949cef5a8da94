package com.amrs.reporting.chart;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summingDouble;

import com.amrs.core.kpi.MachineTotals;
import com.amrs.reporting.data.ReportData;
import com.amrs.store.production.ShiftProduction;
import java.awt.Font;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

/**
 * Builds the report's charts from its data: production by shift, downtime trend, downtime per machine and the
 * downtime by reason ({@link ParetoChart}) and the OEE losses of all machines ({@link WaterfallChart}).
 */
@Component
public class ReportCharts {

    /** More lines than this make the trend unreadable: the chart then shows the machines with most downtime. */
    static final int TREND_LINES = 10;

    private static final int LABELS_UPRIGHT_UP_TO = 12;
    /** Up to this many machines get a readable label each on the machine axis. */
    private static final int LABELLED_MACHINES = 40;
    /** Month and day tell the days of a window apart as long as it is shorter than a year. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    public Charts create(ReportData data) {
        return new Charts(
                productionByShift(data),
                downtimeTrend(data),
                downtimeByMachine(data),
                ParetoChart.create(data.downtime()),
                WaterfallChart.create(data.plantLosses()));
    }

    /** Grouped bars per machine and shift; stacked per machine when there are too many machines to group. */
    private JFreeChart productionByShift(ReportData data) {
        Map<String, Map<String, Double>> byMachine = data.production().stream()
                .collect(groupingBy(
                        ShiftProduction::machineId,
                        groupingBy(
                                ShiftProduction::shift, TreeMap::new, summingDouble(ShiftProduction::unitsProduced))));
        var dataset = new DefaultCategoryDataset();
        for (MachineTotals machine : data.machines()) {
            byMachine
                    .getOrDefault(machine.machineId(), Map.of())
                    .forEach((shift, units) -> dataset.addValue(units, "Shift " + shift, machine.machineId()));
        }
        JFreeChart chart = manyMachines(data)
                ? ChartFactory.createStackedBarChart("Production by shift", null, "Units", dataset)
                : ChartFactory.createBarChart("Production by shift", null, "Units", dataset);
        return style(chart, data, data.machines().size());
    }

    private JFreeChart downtimeTrend(ReportData data) {
        Set<MachineTotals> most = data.machines().stream()
                .sorted(Comparator.comparingDouble(MachineTotals::downtimeMin).reversed())
                .limit(TREND_LINES)
                .collect(Collectors.toSet());
        List<String> machines = data.machines().stream()
                .filter(most::contains)
                .map(MachineTotals::machineId)
                .toList();
        Map<String, Map<LocalDate, Double>> byMachineAndDay = data.production().stream()
                .collect(groupingBy(
                        ShiftProduction::machineId,
                        groupingBy(ShiftProduction::productionDate, summingDouble(ShiftProduction::downtimeMin))));
        List<LocalDate> days = data.window().dates();
        DateTimeFormatter label = days.size() < 365 ? DAY : DateTimeFormatter.ISO_LOCAL_DATE;
        var dataset = new DefaultCategoryDataset();
        for (String machine : machines) {
            Map<LocalDate, Double> byDay = byMachineAndDay.getOrDefault(machine, Map.of());
            days.forEach(day -> dataset.addValue(byDay.get(day), machine, label.format(day)));
        }
        JFreeChart chart = ChartFactory.createLineChart("Downtime trend", null, "Downtime (min)", dataset);
        var lines = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        lines.setDefaultShapesVisible(days.size() <= 62);
        if (data.machines().size() > TREND_LINES) {
            chart.addSubtitle(new TextTitle(
                    "The " + TREND_LINES + " of " + data.machines().size() + " machines with the most downtime",
                    ChartTheme.font(Font.PLAIN, 9)));
        }
        return style(chart, data, days.size());
    }

    private JFreeChart downtimeByMachine(ReportData data) {
        var dataset = new DefaultCategoryDataset();
        data.machines().forEach(machine -> dataset.addValue(machine.downtimeMin(), "Downtime", machine.machineId()));
        JFreeChart chart = ChartFactory.createBarChart("Downtime per machine", null, "Downtime (min)", dataset);
        chart.removeLegend();
        style(chart, data, data.machines().size());
        ((BarRenderer) chart.getCategoryPlot().getRenderer()).setSeriesPaint(0, ChartTheme.color(3));
        return chart;
    }

    private static boolean manyMachines(ReportData data) {
        return data.machines().size() > LABELLED_MACHINES;
    }

    private static JFreeChart style(JFreeChart chart, ReportData data, int categories) {
        ChartTheme.apply(chart);
        chart.getPlot().setNoDataMessage("No data for this period");
        chart.getPlot().setNoDataMessageFont(ChartTheme.font(Font.PLAIN, 12));
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryAxis axis = plot.getDomainAxis();
        axis.setCategoryMargin(0.15);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        if (categories > LABELS_UPRIGHT_UP_TO) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
            axis.setTickLabelFont(ChartTheme.font(Font.PLAIN, 8));
        }
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setItemMargin(0.02);
            bars.setMaximumBarWidth(0.08);
            if (manyMachines(data)) {
                bars.setItemMargin(0);
                axis.setCategoryMargin(0.1);
                axis.setTickLabelsVisible(false);
                axis.setLabel(data.machines().size() + " machines, "
                        + data.machines().getFirst().machineId() + " to "
                        + data.machines().getLast().machineId());
            }
        }
        return chart;
    }
}
