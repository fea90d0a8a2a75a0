package fr.uphf.site.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

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
 * Requests that Tomcat rejects before the application sees them (bad percent-encoding, a request line too long) get
 * the site's own "invalid request" page instead of Tomcat's English one: the page is rendered once at start-up and
 * handed to Tomcat's error report valve, which serves it for every such 400.
 */
@Component
class ContainerErrorPage implements ApplicationListener<ServletWebServerInitializedEvent> {

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
        String page = write(render()).toString();
        for (Valve valve : tomcat.getTomcat().getHost().getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve report) {
                report.setProperty("errorCode.400", page);
            }
        }
    }

    private String render() {
        Context context = new Context(Locale.FRENCH);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        context.setVariables(SiteErrorController.page(400));
        return templates.process(SiteErrorController.PAGE, context);
    }

    private static Path write(String page) {
        try {
            Path file = Files.createTempFile("uphf-400-", ".html");
            file.toFile().deleteOnExit();
            return Files.writeString(file, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the page for requests Tomcat rejects", e);
        }
    }
}
