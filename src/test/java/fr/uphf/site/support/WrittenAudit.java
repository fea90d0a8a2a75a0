package fr.uphf.site.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the audit grid (docs/accessibilite/rgaa.md) writes in its summary, read as a person reads it, without the
 * site's parser: the criteria met, those that apply, the rate, and so the state of conformity the RGAA gives it.
 * The statement and the footer are checked against it.
 */
public record WrittenAudit(int met, int applicable, String frenchRate) {

    private static final Pattern RATE_LINE = Pattern.compile("= (\\d+) ÷ (\\d+) = \\*\\*(\\d+,\\d) %\\*\\*");

    public static WrittenAudit read() {
        try {
            Matcher line = RATE_LINE.matcher(Files.readString(Path.of("docs/accessibilite/rgaa.md")));
            if (!line.find()) {
                throw new AssertionError("The audit grid writes no rate line « = met ÷ applicable = **rate %** »");
            }
            return new WrittenAudit(Integer.parseInt(line.group(1)), Integer.parseInt(line.group(2)), line.group(3));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String englishRate() {
        return new BigDecimal(frenchRate.replace(',', '.')).toPlainString();
    }

    /** « totalement conforme » at 100 % only, « partiellement conforme » from half the criteria, else « non conforme ». */
    public String frenchLevel() {
        return met == applicable ? "totalement conforme" : 2 * met >= applicable ? "partiellement conforme" : "non conforme";
    }

    public String englishLevel() {
        return met == applicable ? "fully compliant" : 2 * met >= applicable ? "partially compliant" : "not compliant";
    }
}
