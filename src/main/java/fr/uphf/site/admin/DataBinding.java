package fr.uphf.site.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.uphf.site.shared.AuditedEntity;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;

/**
 * How a row of a structured table meets its form: the binder binds only the table's fields, through their setters,
 * texts trimmed (blank: none), values converted by the site's conversion service (formatters of amounts, dates and
 * referenced rows) and checked by the entity's constraints. The data form's binder, the restoring of a saved version
 * and the printing of a row for its revisions all use these same settings.
 */
@Component
class DataBinding {

    /** The name of the row in the model, and of its binding result. */
    static final String ROW = "row";

    private final ConversionService conversions;
    private final Validator validator;

    DataBinding(ConversionService mvcConversionService, Validator mvcValidator) {
        this.conversions = mvcConversionService;
        this.validator = mvcValidator;
    }

    /** The settings of a table's binder; Spring MVC's own binder gets the conversion service and validator itself. */
    void configure(WebDataBinder binder, DataType<?> type) {
        binder.setAllowedFields(type.fieldNames());
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true) {
            @Override
            public void setAsText(String text) {
                // Browsers send a textarea's line ends as CRLF: kept as LF, as seeded, so a translation still matches
                super.setAsText(text == null ? null : text.replace("\r\n", "\n"));
            }
        });
    }

    /** Binds printed values (of a saved version) onto a row, and checks it. */
    BindingResult bind(DataType<?> type, AuditedEntity row, Map<String, String> values) {
        WebDataBinder binder = binder(type, row);
        binder.bind(new MutablePropertyValues(values));
        binder.validate();
        return binder.getBindingResult();
    }

    /** The row's fields as the form prints them: « 175,50 » for an amount, an id for a referenced row. */
    Map<String, String> print(DataType<?> type, AuditedEntity row) {
        BindingResult printed = binder(type, row).getBindingResult();
        Map<String, String> values = new LinkedHashMap<>();
        for (DataField field : type.fields()) {
            Object value = printed.getFieldValue(field.name());
            values.put(field.name(), value == null ? "" : value.toString());
        }
        return values;
    }

    private WebDataBinder binder(DataType<?> type, AuditedEntity row) {
        WebDataBinder binder = new WebDataBinder(row, ROW);
        binder.setConversionService(conversions);
        binder.setValidator(validator);
        configure(binder, type);
        return binder;
    }
}
