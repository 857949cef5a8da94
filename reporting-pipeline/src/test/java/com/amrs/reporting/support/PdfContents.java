package com.amrs.reporting.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** What PDFBox reads back from a PDF: text, page size, fonts and the vector drawings (form XObjects). */
public record PdfContents(int pages, PDRectangle pageSize, String text, List<PDFont> fonts, List<PDRectangle> forms) {

    public static PdfContents of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            List<PDRectangle> forms = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collect(page.getResources(), fonts, forms);
            }
            String text = new PDFTextStripper().getText(document);
            return new PdfContents(
                    document.getNumberOfPages(), document.getPage(0).getMediaBox(), text, fonts, forms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with runs of white space (line breaks included) folded to one space. */
    public String flatText() {
        return text.replaceAll("\\s+", " ");
    }

    private static void collect(PDResources resources, List<PDFont> fonts, List<PDRectangle> forms) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                forms.add(form.getBBox());
                collect(form.getResources(), fonts, forms);
            }
        }
    }
}
