package fr.uphf.site.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Requests that Tomcat rejects before the application sees them (bad percent-encoding, a request line too long, a
 * method or transfer coding it does not implement, another version of HTTP) get the site's own page, in French,
 * instead of Tomcat's English one: the pages are rendered once at start-up and handed to Tomcat's error report valve,
 * which serves them for these statuses ({@code errorCode.0}, any other status it sends, gets the "invalid request"
 * page). Tomcat alone chooses the status and the headers of these answers.
 */
@Component
class ContainerErrorPage implements ApplicationListener<ServletWebServerInitializedEvent> {

    /** The statuses Tomcat answers by itself (0: any other), each with its page. */
    private static final int[] STATUSES = {0, 400, 500, 501, 503, 505};

    private final ITemplateEngine templates;
    private final ApplicationContext application;

    ContainerErrorPage(ITemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    @Override
    public void onApplicationEvent(ServletWebServerInitializedEvent event) {
        if (!(event.getWebServer() instanceof TomcatWebServer tomcat)) {
            return;
        }
        Map<Integer, String> pages = new LinkedHashMap<>();
        for (int status : STATUSES) {
            pages.put(status, write(render(status == 0 ? 400 : status)).toString());
        }
        for (Valve valve : tomcat.getTomcat().getHost().getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve report) {
                pages.forEach((status, page) -> report.setProperty("errorCode." + status, page));
            }
        }
    }

    private String render(int status) {
        Context context = new Context(Locale.FRENCH);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        context.setVariables(SiteErrorController.page(status));
        return templates.process(SiteErrorController.PAGE, context);
    }

    private static Path write(String page) {
        try {
            Path file = Files.createTempFile("uphf-error-", ".html");
            file.toFile().deleteOnExit();
            return Files.writeString(file, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the page for requests Tomcat rejects", e);
        }
    }
}
