package com.amrs.reporting.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.Stroke;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The house look of the charts: Liberation Sans (shipped in openpdf-fonts-extra, so a container
 * without system fonts renders the same, and the PDF embeds the very font), white plots, light
 * grid lines and a palette that starts with the report's brand blue.
 */
final class ChartTheme {

    static final String FONT_FAMILY = registerFonts();

    private static final Color TEXT = new Color(0x1E, 0x29, 0x3B);
    private static final Color GRID = new Color(0xD9, 0xDE, 0xE5);
    private static final Paint[] PALETTE = {
        new Color(0x1F, 0x4E, 0x8C), new Color(0x2A, 0x9D, 0x8F), new Color(0xE9, 0xA2, 0x3B),
        new Color(0xD1, 0x49, 0x5B), new Color(0x6A, 0x4C, 0x93), new Color(0x5B, 0x8E, 0x3E),
        new Color(0x3D, 0xA5, 0xD9), new Color(0x9C, 0x6B, 0x30), new Color(0xE0, 0x7A, 0xB0),
        new Color(0x7A, 0x86, 0x9A)
    };
    private static final StandardChartTheme THEME = theme();

    private ChartTheme() {}

    static JFreeChart apply(JFreeChart chart) {
        THEME.apply(chart);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
        }
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    static Font font(int style, float size) {
        return new Font(FONT_FAMILY, style, Math.round(size));
    }

    static Paint color(int index) {
        return PALETTE[index % PALETTE.length];
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("AMRS");
        theme.setExtraLargeFont(font(Font.BOLD, 14));
        theme.setLargeFont(font(Font.BOLD, 11));
        theme.setRegularFont(font(Font.PLAIN, 10));
        theme.setSmallFont(font(Font.PLAIN, 9));
        theme.setTitlePaint(TEXT);
        theme.setSubtitlePaint(TEXT);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setDrawingSupplier(new DefaultDrawingSupplier(
                PALETTE,
                DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                new Stroke[] {new BasicStroke(1.6f)},
                DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return theme;
    }

    private static String registerFonts() {
        String family = null;
        for (String style : new String[] {"Regular", "Bold"}) {
            String resource = "/liberation/LiberationSans-" + style + ".ttf";
            try (InputStream in = ChartTheme.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing: add openpdf-fonts-extra");
                }
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
                family = font.getFamily(Locale.ROOT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("cannot read " + resource, e);
            }
        }
        return family;
    }
}
