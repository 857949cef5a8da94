package com.amrs.reporting.pdf;

import java.awt.Color;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** A striped table with a navy header row that repeats on each page it spans. */
final class Tables {

    private final PdfFonts fonts;
    private final PdfPTable table;
    private int rows;

    /** How many columns from the left hold text, left-aligned; the others hold numbers. */
    private final int textColumns;

    private Tables(PdfFonts fonts, int textColumns, float[] widths, String... headers) {
        this.fonts = fonts;
        this.textColumns = textColumns;
        this.table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(14);
        table.setHeaderRows(1);
        for (int i = 0; i < headers.length; i++) {
            int align = i < textColumns ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT;
            PdfPCell cell = cell(headers[i], fonts.tableHeader(), align);
            cell.setBackgroundColor(PdfFonts.BLUE);
            table.addCell(cell);
        }
    }

    /** A table of numbers: every column but the first is right-aligned. */
    static Tables of(PdfFonts fonts, float[] widths, String... headers) {
        return new Tables(fonts, 1, widths, headers);
    }

    /** A table whose first {@code textColumns} columns are left-aligned text, the others right-aligned numbers. */
    static Tables of(PdfFonts fonts, int textColumns, float[] widths, String... headers) {
        return new Tables(fonts, textColumns, widths, headers);
    }

    /** A table of text: every column is left-aligned; fill it with {@link #textRow}. */
    static Tables text(PdfFonts fonts, float[] widths, String... headers) {
        return new Tables(fonts, headers.length, widths, headers);
    }

    /** A row: the first cell in bold, the text columns left-aligned, the others right-aligned (numbers). */
    Tables row(String... values) {
        return row(fonts.body(), values);
    }

    Tables boldRow(String... values) {
        return row(fonts.strong(), values);
    }

    /** A label, a number and a left-aligned note in muted type. */
    Tables noteRow(String label, String value, String note) {
        Color background = rows++ % 2 == 1 ? PdfFonts.ZEBRA : Color.WHITE;
        PdfPCell[] cells = {
            cell(label, fonts.strong(), Element.ALIGN_LEFT),
            cell(value, fonts.strong(), Element.ALIGN_RIGHT),
            cell(note, fonts.small(), Element.ALIGN_LEFT)
        };
        cells[2].setPaddingLeft(14);
        for (PdfPCell cell : cells) {
            cell.setBackgroundColor(background);
            table.addCell(cell);
        }
        return this;
    }

    /** A row whose cells are all left-aligned (text). */
    Tables textRow(String... values) {
        Color background = rows++ % 2 == 1 ? PdfFonts.ZEBRA : Color.WHITE;
        for (String value : values) {
            PdfPCell cell = cell(value, fonts.body(), Element.ALIGN_LEFT);
            cell.setBackgroundColor(background);
            table.addCell(cell);
        }
        return this;
    }

    PdfPTable table() {
        return table;
    }

    private Tables row(Font font, String... values) {
        Color background = rows++ % 2 == 1 ? PdfFonts.ZEBRA : Color.WHITE;
        for (int i = 0; i < values.length; i++) {
            PdfPCell cell = cell(
                    values[i],
                    i == 0 ? fonts.strong() : font,
                    i < textColumns ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setBackgroundColor(background);
            table.addCell(cell);
        }
        return this;
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(5);
        cell.setPaddingLeft(6);
        cell.setPaddingRight(6);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PdfFonts.RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }
}
