package com.amrs.reporting.excel;

import com.amrs.core.Decimals;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Appends rows to a sheet: a bold header, frozen and filterable, then typed cells. */
final class SheetWriter {

    private static final int EXACT_DOUBLE_BITS = 53;

    private final Sheet sheet;
    private final Styles styles;
    private final int columns;
    private Row row;
    private int column;

    private SheetWriter(Sheet sheet, Styles styles, Column... columns) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = columns.length;
        row = sheet.createRow(0);
        for (int i = 0; i < columns.length; i++) {
            sheet.setColumnWidth(i, columns[i].widthChars() * 256);
            Cell cell = row.createCell(i);
            cell.setCellValue(columns[i].title());
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, 1);
    }

    static SheetWriter of(Sheet sheet, Styles styles, Column... columns) {
        return new SheetWriter(sheet, styles, columns);
    }

    SheetWriter row() {
        row = sheet.createRow(row.getRowNum() + 1);
        column = 0;
        return this;
    }

    SheetWriter text(String value) {
        next(styles.text).setCellValue(value);
        return this;
    }

    SheetWriter integer(long value) {
        return integer(BigInteger.valueOf(value));
    }

    /**
     * A number cell when Excel's doubles hold the integer exactly (below 2<sup>53</sup>), else its exact
     * digits as text: a spreadsheet must not show a total that differs from the PDF's.
     */
    SheetWriter integer(BigInteger value) {
        if (value.abs().bitLength() <= EXACT_DOUBLE_BITS) {
            next(styles.integer).setCellValue(value.doubleValue());
        } else {
            next(styles.text).setCellValue(value.toString());
        }
        return this;
    }

    /** A number rounded half-up to two decimals, as the PDF and the API show it ({@link Decimals#round2}). */
    SheetWriter decimal(double value) {
        next(styles.decimal).setCellValue(Decimals.round2(value));
        return this;
    }

    /** A number rounded like {@link #decimal(double)}, or an empty cell for none. */
    SheetWriter decimal(Double value) {
        return value == null ? blank() : decimal(value.doubleValue());
    }

    /** An integer, or an empty cell for none. */
    SheetWriter integer(Integer value) {
        return value == null ? blank() : integer(value.longValue());
    }

    SheetWriter date(LocalDate value) {
        next(styles.date).setCellValue(value);
        return this;
    }

    /** A time, or an empty cell for none. */
    SheetWriter time(LocalDateTime value) {
        if (value == null) {
            return blank();
        }
        next(styles.time).setCellValue(value);
        return this;
    }

    /** An empty cell: a value the row does not have, like the end of a stop still open. */
    SheetWriter blank() {
        next(styles.text);
        return this;
    }

    /** Adds filter buttons over the header and the rows written so far. */
    void filter() {
        if (row.getRowNum() > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, row.getRowNum(), 0, columns - 1));
        }
    }

    private Cell next(CellStyle style) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(style);
        return cell;
    }

    record Column(String title, int widthChars) {}
}
