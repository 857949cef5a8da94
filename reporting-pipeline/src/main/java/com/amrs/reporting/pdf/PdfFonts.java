package com.amrs.reporting.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

/**
 * Liberation Sans, regular and bold, embedded as Unicode subsets; it ships in
 * openpdf-fonts-extra (SIL Open Font License), so the PDF looks the same on every machine.
 * The charts are drawn in the same font, which {@link #mapper()} hands to their graphics.
 */
final class PdfFonts {

    static final Color NAVY = new Color(0x0B, 0x25, 0x45);
    static final Color BLUE = new Color(0x13, 0x31, 0x5C);
    static final Color TEXT = new Color(0x1E, 0x29, 0x3B);
    static final Color MUTED = new Color(0x5B, 0x67, 0x7A);
    static final Color RULE = new Color(0xD9, 0xDE, 0xE5);
    static final Color ZEBRA = new Color(0xF3, 0xF5, 0xF9);

    final BaseFont regular;
    final BaseFont bold;

    PdfFonts() {
        this.regular = load("LiberationSans-Regular.ttf");
        this.bold = load("LiberationSans-Bold.ttf");
    }

    Font body() {
        return new Font(regular, 9, Font.NORMAL, TEXT);
    }

    Font strong() {
        return new Font(bold, 9, Font.NORMAL, TEXT);
    }

    Font small() {
        return new Font(regular, 8, Font.NORMAL, MUTED);
    }

    Font heading() {
        return new Font(bold, 12, Font.NORMAL, BLUE);
    }

    Font tableHeader() {
        return new Font(bold, 8.5f, Font.NORMAL, Color.WHITE);
    }

    FontMapper mapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return font.isBold() ? bold : regular;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return new java.awt.Font(
                        "Liberation Sans", font == bold ? java.awt.Font.BOLD : java.awt.Font.PLAIN, size);
            }
        };
    }

    private static BaseFont load(String file) {
        String resource = "/liberation/" + file;
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: add openpdf-fonts-extra");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
