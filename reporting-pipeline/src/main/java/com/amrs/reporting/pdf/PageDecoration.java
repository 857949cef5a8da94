package com.amrs.reporting.pdf;

import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.data.ReportFormat;
import java.awt.Color;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/** Draws the dark-blue branded band on top of every page and "Page N of M" at the bottom. */
final class PageDecoration extends PdfPageEventHelper {

    static final float BAND_HEIGHT = 70;
    private static final float FOOTER_Y = 24;
    private static final Color ACCENT = new Color(0x3D, 0xA5, 0xD9);
    private static final Color PALE = new Color(0xC9, 0xD6, 0xE8);

    private final ReportData data;
    private final Style title;
    private final Style subtitle;
    private final Style period;
    private final Style stamp;
    private final Style footer;
    private PdfTemplate totalPages;

    PageDecoration(PdfFonts fonts, ReportData data) {
        this.data = data;
        this.title = new Style(fonts.bold, 18, Color.WHITE);
        this.subtitle = new Style(fonts.regular, 10, PALE);
        this.period = new Style(fonts.bold, 11, Color.WHITE);
        this.stamp = new Style(fonts.regular, 9, PALE);
        this.footer = new Style(fonts.regular, 8, PdfFonts.MUTED);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        totalPages = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        band(canvas, document);
        footer(canvas, document, writer.getPageNumber());
    }

    /** The number of pages is known only now; every footer shows this one template. */
    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        totalPages.beginText();
        totalPages.setFontAndSize(footer.font(), footer.size());
        totalPages.setColorFill(footer.color());
        totalPages.showText(String.valueOf(writer.getPageNumber() - 1));
        totalPages.endText();
    }

    private void band(PdfContentByte canvas, Document document) {
        Rectangle page = document.getPageSize();
        float bottom = page.getHeight() - BAND_HEIGHT;
        canvas.saveState();
        canvas.setColorFill(PdfFonts.NAVY);
        canvas.rectangle(0, bottom, page.getWidth(), BAND_HEIGHT);
        canvas.fill();
        canvas.setColorFill(ACCENT);
        canvas.rectangle(0, bottom - 3, page.getWidth(), 3);
        canvas.fill();
        canvas.restoreState();
        String generated = "Generated " + ReportFormat.time(data.generatedAt(), data.zone());
        title.show(canvas, data.plantName(), document.left(), bottom + 38, Element.ALIGN_LEFT);
        subtitle.show(canvas, "Production report", document.left(), bottom + 20, Element.ALIGN_LEFT);
        period.show(canvas, ReportFormat.period(data), document.right(), bottom + 38, Element.ALIGN_RIGHT);
        stamp.show(canvas, generated, document.right(), bottom + 20, Element.ALIGN_RIGHT);
    }

    private void footer(PdfContentByte canvas, Document document, int page) {
        canvas.saveState();
        canvas.setColorStroke(PdfFonts.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(document.left(), FOOTER_Y + 12);
        canvas.lineTo(document.right(), FOOTER_Y + 12);
        canvas.stroke();
        canvas.restoreState();
        footer.show(canvas, "AMRS · " + data.plantName(), document.left(), FOOTER_Y, Element.ALIGN_LEFT);
        String label = "Page " + page + " of ";
        float labelWidth = footer.font().getWidthPoint(label, footer.size());
        float x = document.right() - 14 - labelWidth;
        footer.show(canvas, label, x, FOOTER_Y, Element.ALIGN_LEFT);
        canvas.addTemplate(totalPages, x + labelWidth, FOOTER_Y);
    }

    private record Style(BaseFont font, float size, Color color) {

        void show(PdfContentByte canvas, String text, float x, float y, int align) {
            canvas.beginText();
            canvas.setFontAndSize(font, size);
            canvas.setColorFill(color);
            canvas.showTextAligned(align, text, x, y, 0);
            canvas.endText();
        }
    }
}
