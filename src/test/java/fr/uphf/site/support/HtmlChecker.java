package fr.uphf.site.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (vnu, the validator behind validator.w3.org/nu) run in-process. Its HTML schema is loaded once,
 * then any number of documents are checked one after the other (not thread-safe).
 */
public final class HtmlChecker {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator;

    public HtmlChecker() throws Exception {
        validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, new Collector());
        validator.setUpValidatorAndParsers(new Collector(), false, false);
    }

    /** The checker's errors (not its warnings) for this document, one readable line each. */
    public List<String> errors(String html) throws Exception {
        errors.clear();
        validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        return List.copyOf(errors);
    }

    private final class Collector implements ErrorHandler {

        @Override
        public void warning(SAXParseException warning) {
        }

        @Override
        public void error(SAXParseException error) {
            errors.add("line " + error.getLineNumber() + ", column " + error.getColumnNumber() + ": " + error.getMessage());
        }

        @Override
        public void fatalError(SAXParseException error) {
            error(error);
        }
    }
}
