package com.amrs.reporting.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's cell styles; a workbook may hold only a few thousand, so they are made once. */
final class Styles {

    final CellStyle header;
    final CellStyle text;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle date;
    final CellStyle time;

    Styles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setColor(IndexedColors.WHITE.getIndex());
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = workbook.createCellStyle();
        integer = numeric(workbook, "#,##0");
        decimal = numeric(workbook, "#,##0.00");
        date = numeric(workbook, "yyyy-mm-dd");
        time = numeric(workbook, "yyyy-mm-dd hh:mm:ss");
    }

    private static CellStyle numeric(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
