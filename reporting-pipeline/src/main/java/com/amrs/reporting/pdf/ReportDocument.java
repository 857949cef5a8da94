package com.amrs.reporting.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/** The open PDF the sections write into: headings kept with what follows them, text, tables and charts. */
final class ReportDocument {

    private static final float CHART_HEIGHT = 270;

    private final Document document;
    private final PdfWriter writer;
    private final PdfFonts fonts;

    ReportDocument(Document document, PdfWriter writer, PdfFonts fonts) {
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
    }

    PdfFonts fonts() {
        return fonts;
    }

    /** A section heading, on a new page unless {@code keepWithNext} points of the section fit below it. */
    void heading(String title, float keepWithNext) {
        keepSpace(keepWithNext + 24);
        add(new Paragraph(title, fonts.heading()));
    }

    /** Starts a new page unless {@code height} points are left on this one. */
    void keepSpace(float height) {
        if (writer.getVerticalPosition(true) - document.bottom() < height) {
            document.newPage();
        }
    }

    void paragraph(String text, Font font) {
        add(new Paragraph(text, font));
    }

    /** A paragraph set apart from what follows, like a table. */
    void notice(String text) {
        var notice = new Paragraph(text, fonts.strong());
        notice.setSpacingAfter(14);
        add(notice);
    }

    void add(Element element) {
        document.add(element);
    }

    void chart(JFreeChart chart) {
        chart(chart, CHART_HEIGHT);
    }

    /** Draws the chart as vector graphics into a template of the text's width, placed in the flow like an image. */
    void chart(JFreeChart chart, float height) {
        float width = document.right() - document.left();
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g2 = template.createGraphics(width, height, fonts.mapper());
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        Image image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_CENTER);
        image.setSpacingAfter(12);
        add(image);
    }
}
