package fr.uphf.site.mobility;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/**
 * Reads an amount in euros as people type it: "12500", "12 500", "12500,50", "12500.50 €". Anything else is a
 * conversion error, reported next to its field.
 */
class AmountEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        String plain = text == null ? "" : text.replaceAll("[\\s\\u00a0\\u202f€]", "").replace(',', '.');
        setValue(plain.isEmpty() ? null : new BigDecimal(plain));
    }
}
